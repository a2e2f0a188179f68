package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.tabel.LembarExcel;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Lembar Waktu Kerja of a facilitator's month: every final log entry in date and time order
 * with its times, desa and what was done, the hours of each, and the month's working days and
 * hours — as PDF with letterhead and signatures, and as Excel. Generated from the log, like the
 * monthly report it goes with.
 */
@Component
class LembarWaktuKerja {

    private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("EEEE, dd-MM-yyyy", LaporanPdf.ID);
    private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", LaporanPdf.ID);
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", LaporanPdf.ID);

    private final LaporanPdf laporan;
    private final WilayahApi wilayah;
    private final Clock clock;

    LembarWaktuKerja(LaporanPdf laporan, WilayahApi wilayah, Clock clock) {
        this.laporan = laporan;
        this.wilayah = wilayah;
        this.clock = clock;
    }

    byte[] pdf(PenggunaSaatIni author, RingkasanBulanan r, Optional<LaporanBulanan> report) {
        String region = report.map(LaporanBulanan::kodeWilayah).orElse(LaporanService.wilayahBersama(author.lingkup()));
        String month = BULAN.format(YearMonth.parse(r.bulan()));
        PdfBuilder pdf = PdfBuilder.a4().metadata("Lembar Waktu Kerja " + author.nama() + " " + month, author.nama());
        pdf.kop(laporan.kop(region));
        pdf.judul("LEMBAR WAKTU KERJA");
        pdf.identitas(List.of(
                new String[] {"Nama", author.nama()},
                new String[] {
                    "Jabatan", laporan.t("peran.tugas." + author.peran().name())
                },
                new String[] {"Bulan", month},
                new String[] {"Hari kerja", r.hariKerja() + " hari"},
                new String[] {"Jam kerja", LaporanPdf.jam(r.jamKerja()) + " jam"}));
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (RingkasanBulanan.Baris b : r.kegiatan()) {
            rows.add(List.of(
                    Integer.toString(no++),
                    HARI.format(b.tanggal()),
                    b.jamMulai() == null ? "-" : b.jamMulai(),
                    b.jamSelesai() == null ? "-" : b.jamSelesai(),
                    b.jamMulai() == null ? "-" : LaporanPdf.jam(JamKerja.jam(b.menitKerja())),
                    wilayah.sebutan(b.kodeDesa()).nama(b.namaDesa()),
                    b.uraian() == null ? "" : b.uraian()));
        }
        rows.add(List.of("", "Jumlah", "", "", LaporanPdf.jam(r.jamKerja()), r.hariKerja() + " hari kerja", ""));
        pdf.tabel(
                List.of("No", "Hari, tanggal", "Mulai", "Selesai", "Jam", "Desa", "Kegiatan"),
                rows,
                new float[] {0.5f, 2f, 0.9f, 0.9f, 0.7f, 1.5f, 4f},
                new boolean[] {true, false, false, false, true, false, false});
        if (r.kegiatanTanpaJam() > 0) {
            pdf.paragraf(r.kegiatanTanpaJam() + " kegiatan tanpa jam kerja tercatat (tidak dihitung dalam jam kerja).");
        }
        Optional<String> reviewer = report.filter(x -> x.status() == LaporanBulanan.Status.DISETUJUI)
                .map(LaporanBulanan::peninjau);
        String reviewerRole = LaporanService.peninjauUntuk(author.peran()) == null
                ? "Pemeriksa"
                : laporan.t("peran.tugas."
                        + LaporanService.peninjauUntuk(author.peran()).name());
        pdf.tandaTangan(
                laporan.tempat(region) + ", "
                        + TANGGAL.format(
                                LocalDate.now(clock.withZone(wilayah.zonaWaktu(LaporanPdf.regionOrDefault(region))
                                        .zoneId()))),
                List.of(
                        new PdfBuilder.Penanda(
                                "Diperiksa oleh, " + reviewerRole,
                                reviewer.map(laporan::nama).orElse("(..............................)"),
                                reviewer.isPresent() ? "disetujui dalam Pandu Desa" : null),
                        new PdfBuilder.Penanda(
                                "Yang bersangkutan, "
                                        + laporan.t(
                                                "peran.tugas." + author.peran().name()),
                                author.nama(),
                                null)));
        return pdf.toBytes();
    }

    LembarExcel excel(PenggunaSaatIni author, RingkasanBulanan r) {
        LembarExcel sheet = LembarExcel.baru("LWK " + r.bulan())
                .judul(
                        "Lembar Waktu Kerja — " + author.nama() + " ("
                                + laporan.t("peran.tugas." + author.peran().name()) + ")",
                        "Bulan " + BULAN.format(YearMonth.parse(r.bulan())))
                .kepala(List.of("tanggal", "jam_mulai", "jam_selesai", "jam", "kode_desa", "desa", "kegiatan"));
        for (RingkasanBulanan.Baris b : r.kegiatan()) {
            List<Object> row = new ArrayList<>();
            row.add(b.tanggal());
            row.add(b.jamMulai());
            row.add(b.jamSelesai());
            row.add(b.jamMulai() == null ? null : JamKerja.jam(b.menitKerja()));
            row.add(b.kodeDesa());
            row.add(b.namaDesa());
            row.add(b.uraian());
            sheet.baris(row);
        }
        List<Object> total = new ArrayList<>(List.of("Jumlah", "", ""));
        total.add(r.jamKerja());
        total.add(r.hariKerja() + " hari kerja");
        sheet.baris(total);
        return sheet.lebar(0, 12).lebar(5, 24).lebar(6, 80);
    }
}
