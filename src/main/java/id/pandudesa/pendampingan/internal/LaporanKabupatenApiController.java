package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.platform.tabel.LembarExcel;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kabupaten compilation of the kecamatan reports in the API: JSON (CONTRACTS), a PDF with
 * letterhead to be signed for the Bupati, and Excel (the page is {@link LaporanKabupatenController}).
 */
@BacaReplika
@RestController
class LaporanKabupatenApiController {

    private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", LaporanPdf.ID);
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", LaporanPdf.ID);

    private final LaporanKabupaten laporan;
    private final LaporanPdf cetak;
    private final AkunApi akun;
    private final java.time.Clock clock;

    LaporanKabupatenApiController(LaporanKabupaten laporan, LaporanPdf cetak, AkunApi akun, java.time.Clock clock) {
        this.laporan = laporan;
        this.cetak = cetak;
        this.akun = akun;
        this.clock = clock;
    }

    @GetMapping(
            value = "/api/v1/pendampingan/laporan-kabupaten/{kode}/{bulan}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rekap kabupaten: tiap kecamatan, status laporannya, angka dari catatan kegiatan bulan itu")
    Map<String, Object> json(@PathVariable String kode, @PathVariable String bulan) {
        LaporanKabupaten.Rekap r = laporan.susun(kode, bulan, akun.wajibSaatIni());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kode", r.kode());
        body.put("nama", r.nama());
        body.put("bulan", r.bulan());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LaporanKabupaten.Kecamatan k : r.kecamatan()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kode", k.kode());
            line.put("nama", k.nama());
            line.put("status", k.status());
            line.put("jumlahKegiatan", k.jumlahKegiatan());
            line.put("desaDidampingi", k.desaDidampingi());
            line.put("jumlahDesa", k.jumlahDesa());
            line.put("jamKerja", k.jamKerja());
            line.put("laporanPendamping", k.laporanPendamping());
            lines.add(line);
        }
        body.put("kecamatan", lines);
        body.put("jumlahKegiatan", r.jumlahKegiatan());
        body.put("desaDidampingi", r.desaDidampingi());
        body.put("desaTanpaPendampingan", r.desaTanpaPendampingan());
        body.put("jumlahDesa", r.jumlahDesa());
        return body;
    }

    @GetMapping(
            value = "/api/v1/pendampingan/laporan-kabupaten/{kode}/{bulan}.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Rekap kabupaten sebagai PDF untuk ditandatangani dan disampaikan kepada Bupati")
    ResponseEntity<byte[]> pdf(@PathVariable String kode, @PathVariable String bulan) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        LaporanKabupaten.Rekap r = laporan.susun(kode, bulan, me);
        String month = BULAN.format(YearMonth.parse(r.bulan()));
        PdfBuilder pdf = PdfBuilder.a4().metadata("Rekapitulasi pendampingan " + r.nama() + " " + month, "Pandu Desa");
        pdf.kop(cetak.kop(r.kode()));
        pdf.judul(
                "REKAPITULASI LAPORAN PENDAMPINGAN MASYARAKAT DESA " + r.nama().toUpperCase(LaporanPdf.ID));
        pdf.identitas(List.of(
                new String[] {"Kabupaten/Kota", r.nama()},
                new String[] {"Bulan", month},
                new String[] {
                    "Kecamatan melapor", r.melapor() + " dari " + r.kecamatan().size()
                },
                new String[] {"Jumlah kegiatan", Long.toString(r.jumlahKegiatan())},
                new String[] {"Desa didampingi", r.desaDidampingi() + " dari " + r.jumlahDesa() + " desa"},
                new String[] {"Desa tanpa pendampingan", Long.toString(r.desaTanpaPendampingan())}));
        pdf.tabel(
                List.of(
                        "Kecamatan",
                        "Status laporan",
                        "Kegiatan",
                        "Jam kerja",
                        "Desa didampingi",
                        "Tanpa pendampingan"),
                r.kecamatan().stream()
                        .map(k -> List.of(
                                k.nama(),
                                status(k.status()),
                                Long.toString(k.jumlahKegiatan()),
                                LaporanPdf.jam(k.jamKerja()),
                                k.desaDidampingi() + "/" + k.jumlahDesa(),
                                Long.toString(k.desaTanpaPendampingan())))
                        .toList(),
                new float[] {2.2f, 2.6f, 1, 1, 1.2f, 1.2f},
                new boolean[] {false, false, true, true, true, true});
        pdf.paragraf("Disampaikan kepada Bupati/Wali Kota " + r.nama() + " sebagai laporan pendampingan masyarakat desa"
                + " bulan " + month + ".");
        pdf.tandaTangan(
                r.nama() + ", " + TANGGAL.format(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")))),
                List.of(
                        new PdfBuilder.Penanda(
                                "Mengetahui, Kepala Dinas PMD", "(..............................)", null),
                        new PdfBuilder.Penanda("Disusun oleh, Tenaga Ahli", me.nama(), null)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(nama(r) + ".pdf")
                                .build()
                                .toString())
                .body(pdf.toBytes());
    }

    @GetMapping("/api/v1/pendampingan/laporan-kabupaten/{kode}/{bulan}.xlsx")
    @Operation(summary = "Rekap kabupaten sebagai Excel")
    ResponseEntity<byte[]> excel(@PathVariable String kode, @PathVariable String bulan) {
        LaporanKabupaten.Rekap r = laporan.susun(kode, bulan, akun.wajibSaatIni());
        LembarExcel sheet = LembarExcel.baru("Rekap " + r.bulan())
                .judul(
                        "Rekapitulasi laporan pendampingan " + r.nama(),
                        "Bulan " + BULAN.format(YearMonth.parse(r.bulan())))
                .kepala(List.of(
                        "kode_kecamatan",
                        "kecamatan",
                        "status",
                        "jumlah_kegiatan",
                        "jam_kerja",
                        "desa_didampingi",
                        "jumlah_desa",
                        "desa_tanpa_pendampingan",
                        "laporan_pendamping"));
        for (LaporanKabupaten.Kecamatan k : r.kecamatan()) {
            sheet.baris(List.of(
                    k.kode(),
                    k.nama(),
                    status(k.status()),
                    k.jumlahKegiatan(),
                    k.jamKerja(),
                    k.desaDidampingi(),
                    k.jumlahDesa(),
                    k.desaTanpaPendampingan(),
                    k.laporanPendamping()));
        }
        sheet.baris(List.of(
                "",
                "Jumlah",
                "",
                r.jumlahKegiatan(),
                "",
                r.desaDidampingi(),
                r.jumlahDesa(),
                r.desaTanpaPendampingan()));
        return sheet.lebar(1, 24).lebar(2, 36).unduhan(nama(r));
    }

    private String status(String status) {
        return cetak.t("BELUM".equals(status) ? "laporan.kabupaten.belum" : "laporan.status.kecamatan." + status);
    }

    private static String nama(LaporanKabupaten.Rekap r) {
        return "rekap-pendampingan-" + r.kode() + "-" + r.bulan();
    }
}
