package id.pandudesa.pelaksanaan.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pelaksanaan.internal.LaporanProyekService;
import id.pandudesa.pelaksanaan.internal.PelaksanaanService;
import id.pandudesa.pelaksanaan.internal.PenyelesaianService;
import id.pandudesa.platform.profil.LangkahDemo;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two of Cukir's adopted activities under way — a drainage channel on schedule
 * and a padat karya road behind it — with dated progress reports and site photos (drawn here, as
 * the demo has no camera).
 */
@Component
@Order(80)
class DemoPelaksanaan extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoPelaksanaan.class);

    private final PelaksanaanService service;

    private final LaporanProyekService laporanProyek;
    private final PenyelesaianService completion;
    private final AkunApi akun;
    private final JdbcClient jdbc;

    DemoPelaksanaan(
            PelaksanaanService service,
            LaporanProyekService laporanProyek,
            PenyelesaianService completion,
            AkunApi akun,
            JdbcClient jdbc) {
        this.service = service;
        this.laporanProyek = laporanProyek;
        this.completion = completion;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM proyek WHERE kode_desa = '3517082007'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        PenggunaSaatIni pemdes = akun.profil("pemdes.cukir").orElse(null);
        if (pemdes == null) {
            return;
        }
        LocalDate today = service.hariIni();
        int year = today.getYear();
        if (service.perencanaanKegiatan("3517082007", year).isEmpty()) {
            return;
        }
        PelaksanaanService.Proyek drain = service.buat(
                "3517082007",
                year,
                new PelaksanaanService.ProyekBaru(
                        "Saluran drainase Dusun Tebuireng 220 m",
                        "Suparno (ketua TPK)\nLilik Setyowati (sekretaris)\nAhmad Rofiq (anggota)",
                        today.minusDays(60),
                        today.plusDays(20),
                        new BigDecimal("-7.591850"),
                        new BigDecimal("112.236900"),
                        "Dusun Tebuireng RT 01–03",
                        new BigDecimal("220"),
                        "m",
                        false),
                pemdes);
        lapor(drain, today.minusDays(45), "10", 20_000_000L, null, pemdes, "0 %");
        lapor(drain, today.minusDays(20), "55", 98_000_000L, null, pemdes, "50 %");
        lapor(drain, today.minusDays(3), "80", 138_500_000L, null, pemdes, "80 %");
        PelaksanaanService.Proyek road = service.buat(
                "3517082007",
                year,
                new PelaksanaanService.ProyekBaru(
                        "Rabat beton jalan Dusun Cukir 450 m",
                        "Suparno (ketua TPK)\nSiti Aminah (sekretaris)\nJoko Prasetyo (anggota)",
                        today.minusDays(40),
                        today.plusDays(40),
                        new BigDecimal("-7.596120"),
                        new BigDecimal("112.231400"),
                        "Jalan Dusun Cukir RT 02",
                        new BigDecimal("450"),
                        "m",
                        true),
                pemdes);
        lapor(road, today.minusDays(30), "8", 35_000_000L, new int[] {14, 6, 7, 80, 8_000_000}, pemdes, "0 %");
        lapor(road, today.minusDays(2), "25", 96_000_000L, new int[] {16, 9, 8, 210, 21_000_000}, pemdes, "25 %");
        PelaksanaanService.Proyek well = service.buat(
                "3517082007",
                year,
                new PelaksanaanService.ProyekBaru(
                        "Sumur bor air bersih Dusun Kwaron",
                        "Suparno (ketua TPK)\nLilik Setyowati (sekretaris)",
                        today.minusDays(120),
                        today.minusDays(60),
                        new BigDecimal("-7.601200"),
                        new BigDecimal("112.240800"),
                        "Dusun Kwaron, dekat mushola Al-Falah",
                        BigDecimal.ONE,
                        "unit",
                        false),
                pemdes);
        lapor(well, today.minusDays(100), "30", 30_000_000L, null, pemdes, "30 %");
        lapor(well, today.minusDays(65), "100", 87_400_000L, null, pemdes, "100 %");
        completion.lpj(
                well.id(),
                today.minusDays(62),
                87_400_000L,
                foto("LPJ " + well.nama(), "ditandatangani"),
                "lpj-sumur-bor.jpg",
                pemdes);
        completion.serahTerima(well.id(), today.minusDays(55), "02.03.11." + year + ".004", pemdes);
        completion.rencanaPelestarian(
                well.id(), today.minusDays(40), 1, 12, "Pompa, pipa dan kebersihan tandon", pemdes);
        log.info("Demo data: Cukir's {} activities — two under way (one behind schedule), one handed over", year);
    }

    private void lapor(
            PelaksanaanService.Proyek p,
            LocalDate date,
            String physical,
            long spent,
            int[] workers,
            PenggunaSaatIni me,
            String label) {
        laporanProyek.lapor(
                p.id(),
                new LaporanProyekService.LaporanBaru(
                        date,
                        new BigDecimal(physical),
                        spent,
                        null,
                        "25".equals(physical) ? "Hujan sepekan; pengecoran ruas kedua tertunda." : null,
                        workers == null ? null : workers[0],
                        workers == null ? null : workers[1],
                        workers == null ? null : workers[2],
                        workers == null ? null : workers[3],
                        workers == null ? null : (long) workers[4]),
                List.of(new LaporanProyekService.Foto(foto(p.nama(), label), "foto-" + label + ".jpg")),
                me);
    }

    /** A site photo stand-in: sky, ground, and the label a TPK would write on the board in the picture. */
    static byte[] foto(String name, String label) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(170, 205, 230));
        g.fillRect(0, 0, 640, 240);
        g.setColor(new Color(150, 130, 100));
        g.fillRect(0, 240, 640, 240);
        g.setColor(new Color(200, 200, 195));
        g.fillRect(120, 300, 400, 60);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 600, 70);
        g.setColor(new Color(31, 111, 67));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(name.length() > 40 ? name.substring(0, 40) : name, 32, 50);
        g.drawString("Kemajuan " + label, 32, 80);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
