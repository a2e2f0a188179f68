package id.pandudesa.kerjasama.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.EkonomiApi;
import id.pandudesa.kerjasama.internal.BkadService;
import id.pandudesa.kerjasama.internal.Kerjasama;
import id.pandudesa.kerjasama.internal.KerjasamaService;
import id.pandudesa.kerjasama.internal.LangkahPerjanjianService;
import id.pandudesa.kerjasama.internal.MitraService;
import id.pandudesa.kerjasama.internal.PenandatangananService;
import id.pandudesa.kerjasama.internal.RefleksiService;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Cukir's partners (Kayangan, PG Tjoekir, UNHASY), the BKAD of Kecamatan Diwek,
 * a signed cooperation with Kayangan on the village market that ends within the alert window and
 * had its first aksi-refleksi, and a draft with UNHASY at its third step.
 */
@Component
@Order(98)
class DemoKerjasama extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoKerjasama.class);

    private final KerjasamaService service;

    private final PenandatangananService penandatanganan;
    private final LangkahPerjanjianService steps;
    private final RefleksiService reviews;
    private final MitraService mitra;
    private final BkadService bkad;
    private final EkonomiApi ekonomi;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final AkunApi akun;
    private final JdbcClient jdbc;

    DemoKerjasama(
            KerjasamaService service,
            PenandatangananService penandatanganan,
            LangkahPerjanjianService steps,
            RefleksiService reviews,
            MitraService mitra,
            BkadService bkad,
            EkonomiApi ekonomi,
            MusyawarahApi musyawarah,
            WilayahApi wilayah,
            AkunApi akun,
            JdbcClient jdbc) {
        this.service = service;
        this.penandatanganan = penandatanganan;
        this.steps = steps;
        this.reviews = reviews;
        this.mitra = mitra;
        this.bkad = bkad;
        this.ekonomi = ekonomi;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM kerjasama_mitra").query(Long.class).single() > 0) {
            return;
        }
        PenggunaSaatIni pd = akun.profil("pd.diwek").orElse(null);
        if (pd == null) {
            return;
        }
        Wilayah cukir = wilayah.wajib("3517082007");
        LocalDate today = service.hariIni();
        List<MusyawarahApi.Ringkas> rapat = musyawarah.terbaru(cukir.kode(), 30, pd);
        Optional<MusyawarahApi.Ringkas> mad = jenis(rapat, JenisMusyawarah.MUSYAWARAH_ANTAR_DESA);
        Optional<MusyawarahApi.Ringkas> refleksi = jenis(rapat, JenisMusyawarah.AKSI_REFLEKSI);
        Optional<MusyawarahApi.Ringkas> musdes = jenis(rapat, JenisMusyawarah.MUSDES_PERENCANAAN);
        Optional<EkonomiApi.Potensi> pasar = potensi(cukir, "Pasar desa");
        Optional<EkonomiApi.Potensi> pemandu = potensi(cukir, "Pemandu wisata religi");

        Kerjasama.Mitra kayangan =
                mitra.catatMitra(cukir, "DESA", null, "3517082001", "Kantor Desa Kayangan", null, pd);
        mitra.catatMitra(cukir, "SWASTA", "PG Tjoekir (PTPN)", null, null, "Jl. Irian Jaya, Cukir, Diwek", pd);
        Kerjasama.Mitra unhasy = mitra.catatMitra(
                cukir,
                "PERGURUAN_TINGGI",
                "Universitas Hasyim Asy'ari Tebuireng",
                null,
                "LPPM UNHASY",
                "Jl. Irian Jaya 55, Tebuireng, Cukir",
                pd);
        long bkadId = bkad.bentuk(
                wilayah.wajib("351708"),
                "BKAD Kecamatan Diwek",
                "Peraturan Bersama Kepala Desa Nomor 1 Tahun " + (today.getYear() - 3),
                LocalDate.of(today.getYear() - 3, 3, 15),
                mad.map(MusyawarahApi.Ringkas::id).orElse(null),
                List.of("3517082001", "3517082002", "3517082007", "3517082008"),
                pd);
        bkad.tambahPengurus(bkadId, "H. Abdul Rohman", "Ketua", "3517082007", pd);
        bkad.tambahPengurus(bkadId, "Sri Wahyuni", "Sekretaris", "3517082001", pd);
        bkad.tambahPengurus(bkadId, "Moch. Yusuf", "Bendahara", "3517082002", pd);

        if (pasar.isPresent() && mad.isPresent() && musdes.isPresent()) {
            long id = service.mulai(
                    cukir,
                    "ANTAR_DESA",
                    "Pemasaran bersama hasil tebu dan kerajinan di Pasar Desa Cukir",
                    "Kayangan memasarkan hasil tani dan kerajinan di 10 los Pasar Desa Cukir; retribusi dibagi"
                            + " dua; BKAD mengawasi.",
                    List.of(kayangan.id()),
                    bkadId,
                    pd);
            int v = 0;
            steps.selesaikan(id, v++, 1, "POTENSI", pasar.get().id(), null, null, null, null, pd);
            steps.selesaikan(id, v++, 2, "MITRA", kayangan.id(), null, null, null, null, pd);
            steps.selesaikan(id, v++, 3, "MUSYAWARAH", musdes.get().id(), null, null, null, "Dibahas di Musdes", pd);
            steps.selesaikan(
                    id,
                    v++,
                    4,
                    "MUSYAWARAH",
                    musdes.get().id(),
                    null,
                    null,
                    "Perdes Cukir Nomor 4 Tahun " + today.minusDays(390).getYear() + " tentang Kerja Sama Desa",
                    null,
                    pd);
            steps.selesaikan(id, v++, 5, "MUSYAWARAH", mad.get().id(), null, null, null, null, pd);
            LocalDate signed = today.minusDays(380);
            penandatanganan.tandatangani(
                    id,
                    v++,
                    "01/KSAD/" + signed.getYear(),
                    signed,
                    signed,
                    today.plusDays(60),
                    150_000_000L,
                    null,
                    null,
                    pd);
            reviews.refleksi(
                    id,
                    v,
                    today.minusDays(14),
                    refleksi.map(MusyawarahApi.Ringkas::id).orElse(null),
                    "Los terisi 8 dari 10; pedagang Kayangan mengeluhkan jam buka pasar. Bagi hasil retribusi"
                            + " sudah dua kali disetor.",
                    "BKAD rapat rutin tiap bulan, tetapi laporan keuangan belum diumumkan ke kedua desa.",
                    List.of(
                            new RefleksiService.TindakLanjutBaru(
                                    "Umumkan laporan retribusi di papan informasi kedua desa",
                                    "Bendahara BKAD",
                                    today.minusDays(4)),
                            new RefleksiService.TindakLanjutBaru(
                                    "Musyawarah perpanjangan kerja sama sebelum berakhir",
                                    "Kepala Desa Cukir dan Kayangan",
                                    today.plusDays(30))),
                    pd);
        }
        if (pemandu.isPresent()) {
            long id = service.mulai(
                    cukir,
                    "PIHAK_KETIGA",
                    "Pelatihan dan sertifikasi pemandu wisata religi bersama UNHASY",
                    "UNHASY melatih 25 pemuda pemandu wisata religi; desa menyediakan tempat dan peserta.",
                    List.of(unhasy.id()),
                    null,
                    pd);
            steps.selesaikan(id, 0, 1, "POTENSI", pemandu.get().id(), null, null, null, null, pd);
            steps.selesaikan(id, 1, 2, "MITRA", unhasy.id(), null, null, null, null, pd);
        }
        log.info("Demo data: Cukir's partners, the BKAD of Diwek, a signed cooperation with Kayangan and a draft");
    }

    private static Optional<MusyawarahApi.Ringkas> jenis(List<MusyawarahApi.Ringkas> rapat, JenisMusyawarah j) {
        return rapat.stream().filter(r -> r.jenis() == j).findFirst();
    }

    private Optional<EkonomiApi.Potensi> potensi(Wilayah desa, String nama) {
        return ekonomi.potensiDesa(desa.kode()).stream()
                .filter(p -> p.nama().equals(nama))
                .findFirst();
    }
}
