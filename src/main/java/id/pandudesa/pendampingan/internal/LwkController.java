package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The Lembar Waktu Kerja of a month, visible to whoever may see that monthly report. */
@RestController
class LwkController {

    private final LaporanService service;
    private final LembarWaktuKerja lwk;
    private final AkunApi akun;

    LwkController(LaporanService service, LembarWaktuKerja lwk, AkunApi akun) {
        this.service = service;
        this.lwk = lwk;
        this.akun = akun;
    }

    @GetMapping(value = "/api/v1/pendampingan/lwk/{username}/{bulan}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Lembar Waktu Kerja sebulan sebagai PDF: per hari jam, desa, kegiatan; jumlah jam")
    ResponseEntity<byte[]> pdf(@PathVariable String username, @PathVariable String bulan) {
        LaporanService.Tampilan v = service.lihat(username, bulan, akun.wajibSaatIni());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(nama(v) + ".pdf")
                                .build()
                                .toString())
                .body(lwk.pdf(v.penulis(), v.ringkasan(), v.laporan()));
    }

    @GetMapping("/api/v1/pendampingan/lwk/{username}/{bulan}.xlsx")
    @Operation(summary = "Lembar Waktu Kerja sebulan sebagai Excel")
    ResponseEntity<byte[]> excel(@PathVariable String username, @PathVariable String bulan) {
        LaporanService.Tampilan v = service.lihat(username, bulan, akun.wajibSaatIni());
        return lwk.excel(v.penulis(), v.ringkasan()).unduhan(nama(v));
    }

    private static String nama(LaporanService.Tampilan v) {
        return "lwk-" + v.penulis().username() + "-" + v.ringkasan().bulan();
    }
}
