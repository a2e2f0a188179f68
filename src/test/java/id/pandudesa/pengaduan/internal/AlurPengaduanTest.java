package id.pandudesa.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.akun.Peran;
import id.pandudesa.pengaduan.StatusPengaduan;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The workflow of a complaint: which step may follow which status, and who may take it at which level. */
class AlurPengaduanTest {

    @Test
    void a_new_complaint_can_be_verified_rejected_or_referred_but_not_resolved_at_once() {
        Set<AlurPengaduan.Langkah> allowed = EnumSet.noneOf(AlurPengaduan.Langkah.class);
        for (AlurPengaduan.Langkah l : AlurPengaduan.Langkah.values()) {
            if (AlurPengaduan.boleh(l, StatusPengaduan.DITERIMA)) {
                allowed.add(l);
            }
        }
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        AlurPengaduan.Langkah.VERIFIKASI, AlurPengaduan.Langkah.TOLAK, AlurPengaduan.Langkah.RUJUK);
    }

    @Test
    void the_way_to_a_resolution_goes_through_follow_up_and_mediation() {
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.TINDAK_LANJUT, StatusPengaduan.DIVERIFIKASI))
                .isTrue();
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.MEDIASI, StatusPengaduan.DITINDAKLANJUTI))
                .isTrue();
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.SELESAI, StatusPengaduan.MEDIASI))
                .isTrue();
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.SELESAI, StatusPengaduan.DIVERIFIKASI))
                .isFalse();
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.MEDIASI, StatusPengaduan.DIVERIFIKASI))
                .isFalse();
        // A failed mediation goes back to follow-up; a referred case is taken up again.
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.TINDAK_LANJUT, StatusPengaduan.MEDIASI))
                .isTrue();
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.TINDAK_LANJUT, StatusPengaduan.DIRUJUK))
                .isTrue();
        // Once followed up, a complaint is no longer rejected.
        assertThat(AlurPengaduan.boleh(AlurPengaduan.Langkah.TOLAK, StatusPengaduan.DITINDAKLANJUTI))
                .isFalse();
    }

    @Property
    void a_closed_case_takes_no_further_step(@ForAll AlurPengaduan.Langkah langkah) {
        assertThat(AlurPengaduan.boleh(langkah, StatusPengaduan.SELESAI)).isFalse();
        assertThat(AlurPengaduan.boleh(langkah, StatusPengaduan.DITOLAK)).isFalse();
    }

    @Property
    void every_step_leads_to_the_status_it_names_and_never_back_to_received(@ForAll AlurPengaduan.Langkah langkah) {
        assertThat(langkah.ke).isNotEqualTo(StatusPengaduan.DITERIMA);
        assertThat(langkah.dari).doesNotContain(StatusPengaduan.SELESAI, StatusPengaduan.DITOLAK);
    }

    @Test
    void mitra_reads_but_never_handles_and_the_village_government_only_what_it_was_given() {
        assertThat(AlurPengaduan.penangan(Peran.MITRA, null)).isFalse();
        assertThat(AlurPengaduan.penangan(Peran.MITRA, Peran.PEMDES)).isFalse();
        assertThat(AlurPengaduan.penangan(Peran.PEMDES, null)).isFalse();
        assertThat(AlurPengaduan.penangan(Peran.PEMDES, Peran.KPMD)).isFalse();
        assertThat(AlurPengaduan.penangan(Peran.PEMDES, Peran.PEMDES)).isTrue();
        for (Peran p : EnumSet.of(Peran.KPMD, Peran.PLD, Peran.PD, Peran.CAMAT, Peran.TA, Peran.ADMIN)) {
            assertThat(AlurPengaduan.penangan(p, null)).as(p.name()).isTrue();
        }
    }

    @Test
    void once_referred_up_the_village_handlers_no_longer_move_the_case() {
        assertThat(AlurPengaduan.bolehBertindak(Peran.KPMD, null, Tingkat.DESA)).isTrue();
        assertThat(AlurPengaduan.bolehBertindak(Peran.KPMD, null, Tingkat.KECAMATAN))
                .isFalse();
        assertThat(AlurPengaduan.bolehBertindak(Peran.PLD, null, Tingkat.KECAMATAN))
                .isFalse();
        assertThat(AlurPengaduan.bolehBertindak(Peran.PD, null, Tingkat.KECAMATAN))
                .isTrue();
        assertThat(AlurPengaduan.bolehBertindak(Peran.CAMAT, null, Tingkat.KABUPATEN))
                .isFalse();
        assertThat(AlurPengaduan.bolehBertindak(Peran.TA, null, Tingkat.KABUPATEN))
                .isTrue();
        // A case with SP4N-LAPOR! is followed from the kecamatan up.
        assertThat(AlurPengaduan.bolehBertindak(Peran.PD, null, Tingkat.SP4N_LAPOR))
                .isTrue();
        assertThat(AlurPengaduan.bolehBertindak(Peran.KPMD, null, Tingkat.SP4N_LAPOR))
                .isFalse();
    }

    @Property
    void a_referral_only_goes_up(@ForAll Tingkat dari, @ForAll Tingkat ke) {
        assertThat(AlurPengaduan.rujukanSah(dari, ke)).isEqualTo(ke.ordinal() > dari.ordinal());
    }

    @Test
    void automatic_escalation_stops_at_the_kabupaten() {
        assertThat(Tingkat.DESA.berikut()).isEqualTo(Tingkat.KECAMATAN);
        assertThat(Tingkat.KECAMATAN.berikut()).isEqualTo(Tingkat.KABUPATEN);
        assertThat(Tingkat.KABUPATEN.berikut()).isNull();
    }

    @Test
    void two_reports_of_the_same_cracked_road_are_alike_and_a_different_matter_is_not() {
        String a = "Rabat beton di Dusun Kwaron sudah retak-retak, air menggenang di depan musala.";
        String b = "Rabat beton Dusun Kwaron retak dan air menggenang di depan musala setiap hujan.";
        String c = "Surat keterangan usaha di kantor desa belum selesai dua minggu.";
        assertThat(Kemiripan.skor(a, b)).isGreaterThanOrEqualTo(Kemiripan.AMBANG);
        assertThat(Kemiripan.skor(a, c)).isLessThan(Kemiripan.AMBANG);
        assertThat(Kemiripan.skor(a, a)).isEqualTo(1.0);
        assertThat(Kemiripan.skor("", a)).isZero();
    }

    @Property
    void likeness_is_symmetric_and_between_zero_and_one(@ForAll String a, @ForAll String b) {
        double x = Kemiripan.skor(a, b);
        assertThat(x).isBetween(0.0, 1.0).isEqualTo(Kemiripan.skor(b, a));
    }

    @Test
    void deadlines_follow_the_configured_durations_and_a_closed_case_has_none() {
        TenggatPengaduan tenggat = new TenggatPengaduan(
                java.time.Duration.ofDays(3),
                java.time.Duration.ofDays(5),
                java.time.Duration.ofDays(14),
                java.time.Duration.ofDays(30),
                java.time.Duration.ofDays(14));
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        assertThat(tenggat.untuk(StatusPengaduan.DITERIMA, t))
                .isEqualTo(java.time.Instant.parse("2026-01-04T00:00:00Z"));
        assertThat(tenggat.untuk(StatusPengaduan.SELESAI, t)).isNull();
        assertThat(tenggat.untuk(StatusPengaduan.DITOLAK, t)).isNull();
    }

    @Test
    void a_tracking_code_is_easy_to_read_aloud() {
        for (int i = 0; i < 200; i++) {
            assertThat(PengaduanService.kodeLacakBaru()).matches("PD-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        }
    }
}
