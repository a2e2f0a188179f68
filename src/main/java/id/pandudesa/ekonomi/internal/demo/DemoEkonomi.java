package id.pandudesa.ekonomi.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.internal.BumdesService;
import id.pandudesa.ekonomi.internal.KlasifikasiBumdes;
import id.pandudesa.ekonomi.internal.PenilaianBumdesService;
import id.pandudesa.ekonomi.internal.PotensiService;
import id.pandudesa.wilayah.WilayahApi;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: BUMDes "Cukir Makmur" with its units, three years of results and two yearly
 * assessments (Pemula, then Berkembang), and a BUMDes Bersama of Kayangan and Puton.
 */
@Component
@Profile("demo")
@Order(97)
class DemoEkonomi implements ApplicationRunner {

    private final BumdesService service;

    private final PenilaianBumdesService penilaianBumdes;
    private final PotensiService potensi;
    private final WilayahApi wilayah;
    private final AkunApi akun;
    private final JdbcClient jdbc;

    DemoEkonomi(
            BumdesService service,
            PenilaianBumdesService penilaianBumdes,
            PotensiService potensi,
            WilayahApi wilayah,
            AkunApi akun,
            JdbcClient jdbc) {
        this.service = service;
        this.penilaianBumdes = penilaianBumdes;
        this.potensi = potensi;
        this.wilayah = wilayah;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
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
    }

    private static Map<KlasifikasiBumdes.Aspek, Integer> skor(int... s) {
        Map<KlasifikasiBumdes.Aspek, Integer> out = new EnumMap<>(KlasifikasiBumdes.Aspek.class);
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            out.put(a, s[a.ordinal()]);
        }
        return out;
    }
}
