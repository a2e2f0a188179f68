package id.pandudesa.ekonomi.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.internal.BumdesService;
import id.pandudesa.ekonomi.internal.InkubasiService;
import id.pandudesa.ekonomi.internal.KlasifikasiBumdes;
import id.pandudesa.ekonomi.internal.PenilaianBumdesService;
import id.pandudesa.ekonomi.internal.PotensiService;
import id.pandudesa.ekonomi.internal.ProdukService;
import id.pandudesa.ekonomi.internal.UmkmService;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.wilayah.WilayahApi;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: BUMDes "Cukir Makmur" with its units, three years of results and two yearly
 * assessments (Pemula, then Berkembang), and a BUMDes Bersama of Kayangan and Puton.
 */
@Component
@Order(97)
class DemoEkonomi extends LangkahDemo {

    private final BumdesService service;

    private final PenilaianBumdesService penilaianBumdes;
    private final PotensiService potensi;
    private final WilayahApi wilayah;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final UmkmService umkm;
    private final ProdukService produk;
    private final InkubasiService inkubasi;

    DemoEkonomi(
            BumdesService service,
            PenilaianBumdesService penilaianBumdes,
            PotensiService potensi,
            UmkmService umkm,
            ProdukService produk,
            InkubasiService inkubasi,
            WilayahApi wilayah,
            AkunApi akun,
            JdbcClient jdbc) {
        this.umkm = umkm;
        this.produk = produk;
        this.inkubasi = inkubasi;
        this.service = service;
        this.penilaianBumdes = penilaianBumdes;
        this.potensi = potensi;
        this.wilayah = wilayah;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM bumdes").query(Long.class).single() > 0) {
            return;
        }
        PenggunaSaatIni pd = akun.profil("pd.diwek").orElse(null);
        if (pd == null) {
            return;
        }
        int year = service.tahunIni();
        BumdesService.Bumdes cukir = service.dirikan(
                wilayah.wajib("3517082007"),
                "BUMDes Cukir Makmur",
                false,
                null,
                "AHU-0012345.AH.01.33.2022",
                "Perdes Cukir 3/2021",
                null,
                java.time.LocalDate.of(2021, 6, 1),
                pd);
        service.tambahUnit(cukir.id(), "Pengelolaan air bersih", "Air bersih", pd);
        service.tambahUnit(cukir.id(), "Toko sarana produksi pertanian", "Perdagangan", pd);
        service.tambahUnit(cukir.id(), "Wisata religi (parkir dan kios)", "Pariwisata", pd);
        service.catatTahunan(cukir.id(), year - 3, 210_000_000L, 18_000_000L, 5_000_000L, 150_000_000L, pd);
        service.catatTahunan(cukir.id(), year - 2, 265_000_000L, 31_500_000L, 9_000_000L, 50_000_000L, pd);
        service.catatTahunan(cukir.id(), year - 1, 342_000_000L, 47_800_000L, 14_000_000L, 0L, pd);
        penilaianBumdes.nilai(cukir.id(), year - 1, skor(60, 55, 65, 50, 60, 58, 62), pd);
        penilaianBumdes.nilai(cukir.id(), year, skor(75, 70, 78, 65, 72, 74, 80), pd);
        BumdesService.Bumdes bersama = service.dirikan(
                wilayah.wajib("3517082001"),
                "BUMDes Bersama Kayangan Puton Sejahtera",
                true,
                "3517082002",
                null,
                "Perdes Bersama 1/2024",
                null,
                java.time.LocalDate.of(2024, 2, 1),
                pd);
        service.tambahUnit(bersama.id(), "Pengolahan gabah", "Pertanian", pd);
        penilaianBumdes.nilai(bersama.id(), year, skor(50, 45, 48, 60, 40, 52, 50), pd);
        var cukirDesa = wilayah.wajib("3517082007");
        potensi.catat(
                cukirDesa,
                "SDA",
                "Lahan tebu",
                "Tebu rakyat untuk PG Tjoekir",
                new java.math.BigDecimal("120"),
                "ha",
                new java.math.BigDecimal("-7.603100"),
                new java.math.BigDecimal("112.237800"),
                pd);
        potensi.catat(
                cukirDesa,
                "PRODUK",
                "Kerajinan anyaman bambu",
                "Dikerjakan kelompok perempuan RT 04",
                null,
                null,
                null,
                null,
                pd);
        potensi.catat(
                cukirDesa,
                "SDM",
                "Pemandu wisata religi",
                "Pemuda terlatih di sekitar Pesantren Tebuireng",
                new java.math.BigDecimal("25"),
                "orang",
                null,
                null,
                pd);
        potensi.catat(
                cukirDesa,
                "ASET",
                "Pasar desa",
                "Los 40 kios",
                null,
                null,
                new java.math.BigDecimal("-7.606200"),
                new java.math.BigDecimal("112.235100"),
                pd);
        umkm(cukir.id());
    }

    private static Map<KlasifikasiBumdes.Aspek, Integer> skor(int... s) {
        Map<KlasifikasiBumdes.Aspek, Integer> out = new EnumMap<>(KlasifikasiBumdes.Aspek.class);
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            out.put(a, s[a.ordinal()]);
        }
        return out;
    }

    /**
     * Cukir's small businesses as its KPMD recorded them, and two published products: crackers made
     * by two households together (product consolidation) and the BUMDes's bottled water, with the
     * places they are sold.
     */
    private void umkm(long bumdes) {
        PenggunaSaatIni kpmd = akun.profil("kpmd.cukir").orElse(null);
        if (kpmd == null) {
            return;
        }
        var sri = umkm.simpan(
                "3517082007",
                null,
                null,
                new UmkmService.Isian(
                        "Keripik Tempe Bu Sri",
                        "Sri Utami",
                        "P",
                        true,
                        "0812-3456-7001",
                        "KULINER",
                        "Keripik tempe dan keripik singkong",
                        1,
                        3,
                        "SAMPAI_5JT",
                        "9120001234567",
                        true,
                        null,
                        java.util.List.of("PELATIHAN", "PEMASARAN"),
                        bumdes),
                kpmd);
        var ning = umkm.simpan(
                "3517082007",
                null,
                null,
                new UmkmService.Isian(
                        "Tempe Mbak Ning",
                        "Ningsih",
                        "P",
                        false,
                        null,
                        "KULINER",
                        "Tempe dan keripik tempe",
                        0,
                        2,
                        "SAMPAI_5JT",
                        null,
                        false,
                        null,
                        java.util.List.of("PELATIHAN"),
                        null),
                kpmd);
        umkm.simpan(
                "3517082007",
                null,
                null,
                new UmkmService.Isian(
                        "Anyaman Bambu RT 04",
                        "Marni",
                        "P",
                        true,
                        null,
                        "KERAJINAN",
                        "Tampah, besek, keranjang",
                        0,
                        6,
                        "SAMPAI_5JT",
                        null,
                        false,
                        null,
                        java.util.List.of("MODAL"),
                        null),
                kpmd);
        umkm.simpan(
                "3517082007",
                null,
                null,
                new UmkmService.Isian(
                        "Bengkel Motor Pak Darto",
                        "Sudarto",
                        "L",
                        false,
                        null,
                        "JASA",
                        "Servis sepeda motor",
                        2,
                        0,
                        "SAMPAI_25JT",
                        null,
                        false,
                        null,
                        java.util.List.of(),
                        null),
                kpmd);
        var keripik = produk.simpan(
                "3517082007",
                null,
                null,
                new ProdukService.Isian(
                        "Keripik tempe Cukir",
                        "Tempe kedelai lokal dari dua usaha rumah tangga, digoreng tipis dan renyah.",
                        10_000L,
                        15_000L,
                        "bungkus 250 g",
                        "0812-3456-7002",
                        null,
                        java.util.List.of(sri.id(), ning.id()),
                        true),
                null,
                null,
                kpmd);
        produk.tambahMitra(keripik.id(), "Toko Oleh-oleh Tebuireng", "TOKO", null, kpmd);
        java.time.LocalDate mulai =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(2);
        var program = inkubasi.buat(
                "3517082007", "Inkubasi olahan tempe", "BUMDes Cukir Makmur", bumdes, mulai, mulai.plusMonths(4), kpmd);
        inkubasi.tambahPeserta(program.id(), sri.id(), 3_500_000L, 4, kpmd);
        inkubasi.tambahPeserta(program.id(), ning.id(), 1_800_000L, 2, kpmd);
        inkubasi.catatSesi(
                program.id(),
                mulai.plusDays(7),
                "Kemasan, label dan izin P-IRT",
                "Dua usaha sepakat memakai satu merek bersama: Keripik tempe Cukir.",
                java.util.List.of(sri.id(), ning.id()),
                kpmd);
        produk.tambahMitra(keripik.id(), "Pasar Desa Cukir", "PASAR", null, kpmd);
        produk.simpan(
                "3517082007",
                null,
                null,
                new ProdukService.Isian(
                        "Air minum isi ulang Tirta Cukir",
                        "Air bersih dari unit air BUMDes, diantar ke rumah.",
                        5_000L,
                        6_000L,
                        "galon 19 L",
                        "0812-3456-7003",
                        bumdes,
                        java.util.List.of(),
                        true),
                null,
                null,
                kpmd);
    }
}
