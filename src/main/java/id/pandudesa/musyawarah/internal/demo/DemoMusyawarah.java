package id.pandudesa.musyawarah.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.internal.Agenda;
import id.pandudesa.musyawarah.internal.Inklusi;
import id.pandudesa.musyawarah.internal.Musyawarah;
import id.pandudesa.musyawarah.internal.MusyawarahService;
import id.pandudesa.musyawarah.internal.RencanaMusyawarah;
import id.pandudesa.musyawarah.internal.Undangan;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.wilayah.UnsurMasyarakat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Cukir's planning meetings of the year (two Musdus, the Musdes that set the
 * priorities and the RKPDes for next year) and the Musdes that adopted its RPJMDes last January,
 * each with count-sheet attendance and decisions; and a Musdus in Kayangan next week, planned and
 * with its invitations, for the door page.
 */
@Component
@Order(60)
class DemoMusyawarah extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoMusyawarah.class);

    private final MusyawarahService service;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMusyawarah(MusyawarahService service, AkunApi akun, JdbcClient jdbc, Clock clock) {
        this.service = service;
        this.akun = akun;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM musyawarah WHERE kode_desa = '3517082007'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        PenggunaSaatIni kpmd = akun.profil("kpmd.cukir").orElse(null);
        if (kpmd == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        int year = today.getYear();
        Set<UnsurMasyarakat> musdes = JenisMusyawarah.MUSDES_PERENCANAAN.unsurBawaan();
        held(
                kpmd,
                JenisMusyawarah.MUSDES_PERENCANAAN,
                "Musdes penetapan RPJMDes " + (year - 1) + "–" + (year + 4),
                LocalDate.of(year - 1, 1, 20),
                null,
                musdes,
                List.of("Penetapan RPJMDes " + (year - 1) + "–" + (year + 4)),
                new int[] {38, 21, 9});
        held(
                kpmd,
                JenisMusyawarah.MUSDUS,
                "Musdus penggalian gagasan Dusun Cukir",
                earlier(today, LocalDate.of(year, 9, 6)),
                "Cukir",
                JenisMusyawarah.MUSDUS.unsurBawaan(),
                List.of("Penggalian gagasan dan usulan Dusun Cukir"),
                new int[] {22, 17, 8});
        held(
                kpmd,
                JenisMusyawarah.MUSDUS,
                "Musdus penggalian gagasan Dusun Kwaron",
                earlier(today, LocalDate.of(year, 9, 13)),
                "Kwaron",
                JenisMusyawarah.MUSDUS.unsurBawaan(),
                List.of("Penggalian gagasan dan usulan Dusun Kwaron"),
                new int[] {19, 15, 6});
        held(
                kpmd,
                JenisMusyawarah.MUSDES_PERENCANAAN,
                "Musdes perencanaan RKPDes " + (year + 1),
                earlier(today, LocalDate.of(year, 10, 18)),
                null,
                musdes,
                List.of("Prioritas usulan RKPDes " + (year + 1), "Penetapan RKPDes " + (year + 1)),
                new int[] {41, 27, 11});
        // Cooperation with Kayangan (the kerjasama demo cites these): the inter-village meeting that
        // agreed it and, a year on, the aksi-refleksi that reviewed it.
        held(
                kpmd,
                JenisMusyawarah.MUSYAWARAH_ANTAR_DESA,
                "Musyawarah Antar Desa kerja sama pasar desa Cukir–Kayangan",
                today.minusDays(400),
                null,
                JenisMusyawarah.MUSYAWARAH_ANTAR_DESA.unsurBawaan(),
                List.of("Kesepakatan kerja sama pemasaran bersama di Pasar Desa Cukir"),
                new int[] {14, 4, 0});
        held(
                kpmd,
                JenisMusyawarah.AKSI_REFLEKSI,
                "Aksi-refleksi kerja sama pasar desa Cukir–Kayangan",
                today.minusDays(14),
                null,
                JenisMusyawarah.AKSI_REFLEKSI.unsurBawaan(),
                List.of("Tinjauan pelaksanaan kerja sama dan kinerja BKAD"),
                new int[] {9, 7, 0});
        akun.profil("kpmd.kayangan").ifPresent(k -> {
            Musyawarah planned = service.buat(
                    "3517082001",
                    new RencanaMusyawarah(
                            JenisMusyawarah.MUSDUS,
                            "Musdus penggalian gagasan Dusun Kayangan Kidul",
                            today.plusDays(7),
                            LocalTime.of(19, 30),
                            "Mushola Al-Ikhlas, Dusun Kayangan Kidul",
                            "Kepala Dusun Kayangan Kidul",
                            "pld.diwek1",
                            "Kayangan Kidul",
                            EnumSet.of(
                                    UnsurMasyarakat.TOKOH_MASYARAKAT,
                                    UnsurMasyarakat.TOKOH_AGAMA,
                                    UnsurMasyarakat.KELOMPOK_PEREMPUAN,
                                    UnsurMasyarakat.KELOMPOK_TANI,
                                    UnsurMasyarakat.MASYARAKAT_MISKIN),
                            List.of("Penggalian gagasan dan usulan Dusun Kayangan Kidul")),
                    k);
            service.undang(
                    planned.id(),
                    List.of(
                            Undangan.baru(null, "Ketua RT 01", UnsurMasyarakat.TOKOH_MASYARAKAT, null, null),
                            Undangan.baru(null, "Ketua RT 02", UnsurMasyarakat.TOKOH_MASYARAKAT, null, null),
                            Undangan.baru(null, "Takmir Mushola Al-Ikhlas", UnsurMasyarakat.TOKOH_AGAMA, null, null),
                            Undangan.baru(null, "Ketua PKK Dusun", UnsurMasyarakat.KELOMPOK_PEREMPUAN, null, null),
                            Undangan.baru(null, "Ketua Poktan Sri Rejeki", UnsurMasyarakat.KELOMPOK_TANI, null, null),
                            Undangan.baru(
                                    null, "Perwakilan penerima PKH", UnsurMasyarakat.MASYARAKAT_MISKIN, null, null)),
                    k);
        });
        log.info("Demo data: Cukir planning meetings held and published; a Musdus in Kayangan planned");
    }

    private static String penyelenggara(JenisMusyawarah jenis, String dusun) {
        if (dusun != null) {
            return "Kepala Dusun " + dusun;
        }
        return switch (jenis) {
            case MUSYAWARAH_ANTAR_DESA -> "BKAD Kecamatan Diwek";
            case AKSI_REFLEKSI -> "Pemerintah Desa Cukir";
            default -> "BPD Desa Cukir";
        };
    }

    /** The date in this year, or a week ago when the year has not reached it yet. */
    private static LocalDate earlier(LocalDate today, LocalDate wanted) {
        return wanted.isAfter(today) ? today.minusDays(7) : wanted;
    }

    /** A held and published meeting: count sheet per required unsur, every item agreed by mufakat. */
    private void held(
            PenggunaSaatIni kpmd,
            JenisMusyawarah jenis,
            String judul,
            LocalDate tanggal,
            String dusun,
            Set<UnsurMasyarakat> unsur,
            List<String> agenda,
            int[] menWomenPoor) {
        Musyawarah m = service.buat(
                "3517082007",
                new RencanaMusyawarah(
                        jenis,
                        judul,
                        tanggal,
                        LocalTime.of(19, 0),
                        dusun == null ? "Balai Desa Cukir" : "Rumah Kepala Dusun " + dusun,
                        penyelenggara(jenis, dusun),
                        "pld.diwek2",
                        dusun,
                        unsur,
                        agenda),
                kpmd);
        List<UnsurMasyarakat> present = List.copyOf(unsur);
        int men = menWomenPoor[0];
        int women = menWomenPoor[1];
        int poor = menWomenPoor[2];
        for (int i = 0; i < present.size(); i++) {
            boolean last = i == present.size() - 1;
            int l = last ? men : Math.min(men, 1 + men / present.size());
            int p = last ? women : Math.min(women, women / present.size());
            int miskin = present.get(i) == UnsurMasyarakat.MASYARAKAT_MISKIN ? Math.min(poor, l + p) : 0;
            if (l + p > 0) {
                service.hadir(m.id(), null, new Inklusi.Hadir(present.get(i), l, p, miskin, 0, false), kpmd);
            }
            men -= l;
            women -= p;
        }
        for (int i = 0; i < agenda.size(); i++) {
            service.putuskan(m.id(), i, Agenda.Cara.MUFAKAT, null, null, null, agenda.get(i) + ": disepakati.", kpmd);
        }
        service.selesai(m.id(), kpmd);
        service.terbitkan(m.id(), true, kpmd);
    }
}
