package id.pandudesa.pengaduan.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pengaduan.internal.AlurPengaduan;
import id.pandudesa.pengaduan.internal.Kasus;
import id.pandudesa.pengaduan.internal.PengaduanService;
import id.pandudesa.pengaduan.internal.PerselisihanService;
import id.pandudesa.pengaduan.internal.TindakanPengaduan;
import id.pandudesa.platform.profil.LangkahDemo;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Cukir's complaint post at work — a fresh complaint about a cracked road with a
 * second, alike one (the duplicate suggestion), a finance question answered by the village
 * government, a water dispute in mediation with its parties and meeting, and a service complaint
 * left past its deadline and escalated to the kecamatan.
 */
@Component
@Order(90)
class DemoPengaduan extends LangkahDemo {

    private static final String CUKIR = "3517082007";

    private final PengaduanService service;
    private final TindakanPengaduan tindakan;
    private final PerselisihanService perselisihan;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final JdbcClient jdbc;

    DemoPengaduan(
            PengaduanService service,
            TindakanPengaduan tindakan,
            PerselisihanService perselisihan,
            MusyawarahApi musyawarah,
            AkunApi akun,
            JdbcClient jdbc) {
        this.service = service;
        this.tindakan = tindakan;
        this.perselisihan = perselisihan;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM pengaduan WHERE kode_desa = :k")
                        .param("k", CUKIR)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        PenggunaSaatIni kpmd = akun.profil("kpmd.cukir").orElse(null);
        if (kpmd == null) {
            return;
        }
        service.ajukan(
                new PengaduanService.Aduan(
                        CUKIR,
                        "PEMBANGUNAN",
                        "Rabat beton di Dusun Kwaron sudah retak-retak padahal baru selesai dikerjakan bulan lalu."
                                + " Di depan musala airnya menggenang kalau hujan.",
                        "Sutrisno",
                        "081234567801",
                        false),
                List.of(),
                "demo");
        service.ajukan(
                new PengaduanService.Aduan(
                        CUKIR,
                        "PEMBANGUNAN",
                        "Rabat beton Dusun Kwaron retak dan air menggenang di depan musala setiap hujan.",
                        null,
                        null,
                        true),
                List.of(),
                "demo");

        Kasus dana = service.catat(
                new PengaduanService.Aduan(
                        CUKIR,
                        "KEUANGAN",
                        "Warga RT 02 menanyakan mengapa bantuan langsung tunai Dana Desa bulan ini belum dibagikan.",
                        "Ibu Marni",
                        null,
                        false),
                "POSKO",
                List.of(),
                kpmd);
        dana = langkah(dana, AlurPengaduan.Langkah.VERIFIKASI, null, null, kpmd);
        dana = langkah(dana, AlurPengaduan.Langkah.TINDAK_LANJUT, "PEMDES", null, kpmd);
        langkah(
                dana,
                AlurPengaduan.Langkah.SELESAI,
                null,
                "BLT Dana Desa bulan ini dibagikan Kamis di balai desa; keterlambatan karena pencairan tahap II.",
                kpmd);

        Kasus air = service.catat(
                new PengaduanService.Aduan(
                        CUKIR,
                        "PERSELISIHAN",
                        "Dua kelompok tani di Dusun Cukir berselisih soal giliran air irigasi dari pintu air tersier.",
                        "Kelompok Tani Sri Rejeki",
                        "081234567802",
                        false),
                "WHATSAPP",
                List.of(),
                kpmd);
        air = langkah(air, AlurPengaduan.Langkah.VERIFIKASI, null, null, kpmd);
        air = langkah(air, AlurPengaduan.Langkah.TINDAK_LANJUT, "KPMD", null, kpmd);
        Long rapat = musyawarah.terbaru(CUKIR, 1, kpmd).stream()
                .findFirst()
                .map(MusyawarahApi.Ringkas::id)
                .orElse(null);
        air = langkah(
                air,
                AlurPengaduan.Langkah.MEDIASI,
                null,
                "Mediasi dijadwalkan di balai desa dengan kedua kelompok tani.",
                kpmd);
        perselisihan.simpan(
                air.id(),
                null,
                "Kepala Dusun Cukir (didampingi KPMD)",
                "Kelompok Tani Sri Rejeki",
                "Kelompok Tani Ngudi Makmur",
                kpmd);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        perselisihan.pertemuan(
                air.id(),
                today.minusDays(2),
                "Balai Desa Cukir",
                "Kedua kelompok sepakat menyusun jadwal giliran air bersama ulu-ulu; dibahas lagi pekan depan.",
                rapat,
                kpmd);

        Kasus layanan = service.ajukan(
                new PengaduanService.Aduan(
                        CUKIR,
                        "PELAYANAN",
                        "Pengurusan surat keterangan usaha di kantor desa sudah dua minggu belum selesai.",
                        null,
                        null,
                        true),
                List.of(),
                "demo");
        // Filed a week ago and never verified: past its deadline, so it goes up to the kecamatan.
        Instant lalu = Instant.now().minus(Duration.ofDays(7));
        jdbc.sql("UPDATE pengaduan SET dibuat = :d, tenggat = :t WHERE id = :id")
                .param("d", Timestamp.from(lalu))
                .param("t", Timestamp.from(lalu.plus(Duration.ofDays(3))))
                .param("id", layanan.id())
                .update();
        tindakan.eskalasi(Instant.now(), CUKIR);
    }

    private Kasus langkah(
            Kasus k, AlurPengaduan.Langkah langkah, String ditugaskan, String tanggapan, PenggunaSaatIni me) {
        return tindakan.lakukan(
                k.id(),
                new TindakanPengaduan.Perintah(langkah, k.versi(), ditugaskan, null, null, null, null, null, tanggapan),
                me);
    }
}
