package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Pendampingan: laporan",
        description = "Laporan bulanan dari catatan harian; tinjauan PLD → PD → TA; laporan kecamatan untuk Camat")
class LaporanApiController {

    private final LaporanService service;
    private final LaporanPdf pdf;
    private final AkunApi akun;

    LaporanApiController(LaporanService service, LaporanPdf pdf, AkunApi akun) {
        this.service = service;
        this.pdf = pdf;
        this.akun = akun;
    }

    @GetMapping("/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}")
    @Operation(summary = "Laporan bulanan seorang pendamping (penulis, atau yang lingkupnya mencakup semua desanya)")
    Map<String, Object> bulanan(@PathVariable String username, @PathVariable String bulan) {
        LaporanService.Tampilan v = service.lihat(username, bulan, akun.wajibSaatIni());
        return json(v);
    }

    @GetMapping(
            value = "/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Laporan bulanan sebagai PDF dengan kop dan tanda tangan")
    ResponseEntity<byte[]> bulananPdf(@PathVariable String username, @PathVariable String bulan) {
        LaporanService.Tampilan v = service.lihat(username, bulan, akun.wajibSaatIni());
        return pdf(
                "laporan-" + v.penulis().username() + "-" + v.ringkasan().bulan() + ".pdf",
                pdf.bulanan(v.penulis(), v.ringkasan(), v.laporan()));
    }

    @PostMapping("/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/ajukan")
    @Operation(summary = "Penulis mengajukan laporan bulanannya (lagi, setelah dikembalikan)")
    Map<String, Object> ajukan(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestBody(required = false) Map<String, String> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.ajukan(username, bulan, body == null ? null : body.get("masalah"), me);
        return json(service.lihat(username, bulan, me));
    }

    @PostMapping("/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/setujui")
    @Operation(summary = "Peninjau (PD untuk PLD/MITRA, TA untuk PD) menyetujui")
    Map<String, Object> setujui(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestBody(required = false) Map<String, String> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.tinjau(username, bulan, true, body == null ? null : body.get("komentar"), me);
        return json(service.lihat(username, bulan, me));
    }

    @PostMapping("/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/kembalikan")
    @Operation(summary = "Peninjau mengembalikan untuk diperbaiki (komentar wajib)")
    Map<String, Object> kembalikan(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestBody(required = false) Map<String, String> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.tinjau(username, bulan, false, body == null ? null : body.get("komentar"), me);
        return json(service.lihat(username, bulan, me));
    }

    @GetMapping("/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}")
    @Operation(summary = "Laporan koordinasi kecamatan sebulan")
    Map<String, Object> kecamatan(@PathVariable String kode, @PathVariable String bulan) {
        return json(service.lihatKecamatan(kode, bulan, akun.wajibSaatIni()));
    }

    @GetMapping(
            value = "/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Laporan koordinasi kecamatan sebagai PDF")
    ResponseEntity<byte[]> kecamatanPdf(@PathVariable String kode, @PathVariable String bulan) {
        LaporanService.TampilanKecamatan v = service.lihatKecamatan(kode, bulan, akun.wajibSaatIni());
        return pdf("laporan-kecamatan-" + v.kode() + "-" + v.ringkasan().bulan() + ".pdf", pdf.kecamatan(v));
    }

    @PostMapping("/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/ajukan")
    @Operation(summary = "PD menyusun dan mengirim laporan kecamatan ke Camat")
    Map<String, Object> ajukanKecamatan(
            @PathVariable String kode,
            @PathVariable String bulan,
            @RequestBody(required = false) Map<String, String> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.ajukanKecamatan(kode, bulan, body == null ? null : body.get("isuCamat"), me);
        return json(service.lihatKecamatan(kode, bulan, me));
    }

    @PostMapping("/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/ketahui")
    @Operation(summary = "Camat mengetahui laporan kecamatan; laporan diteruskan ke kabupaten")
    Map<String, Object> ketahui(
            @PathVariable String kode,
            @PathVariable String bulan,
            @RequestBody(required = false) Map<String, String> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.ketahuiKecamatan(kode, bulan, body == null ? null : body.get("catatan"), me);
        return json(service.lihatKecamatan(kode, bulan, me));
    }

    @PostMapping("/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/terima")
    @Operation(summary = "Kabupaten (TA atau Dinas PMD) menerima laporan kecamatan yang sudah diketahui Camat")
    Map<String, Object> terima(@PathVariable String kode, @PathVariable String bulan) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.terimaKecamatan(kode, bulan, me);
        return json(service.lihatKecamatan(kode, bulan, me));
    }

    static Map<String, Object> json(LaporanService.Tampilan v) {
        RingkasanBulanan r = v.ringkasan();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", r.username());
        body.put("bulan", r.bulan());
        body.put("jumlahKegiatan", r.jumlahKegiatan());
        body.put("hariKerja", r.hariKerja());
        body.put("jamKerja", r.jamKerja());
        body.put("kegiatanTanpaJam", r.kegiatanTanpaJam());
        body.put("perMetode", r.perMetode());
        body.put("perRuangLingkup", r.perRuangLingkup());
        body.put("pesertaLaki", r.pesertaLaki());
        body.put("pesertaPerempuan", r.pesertaPerempuan());
        body.put("porsiPerempuan", r.porsiPerempuan());
        body.put("perDesa", r.perDesa());
        body.put("status", v.laporan().map(l -> l.status().name()).orElse("DRAF"));
        body.put("masalah", v.laporan().map(LaporanBulanan::masalah).orElse(null));
        body.put("riwayat", v.laporan().map(LaporanBulanan::catatan).orElse(java.util.List.of()));
        return body;
    }

    static Map<String, Object> json(LaporanService.TampilanKecamatan v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kodeKecamatan", v.kode());
        body.put("bulan", v.ringkasan().bulan());
        body.put("jumlahKegiatan", v.ringkasan().jumlahKegiatan());
        body.put("pesertaLaki", v.ringkasan().pesertaLaki());
        body.put("pesertaPerempuan", v.ringkasan().pesertaPerempuan());
        body.put("perDesa", v.ringkasan().perDesa());
        body.put("perPeran", v.ringkasan().perPeran());
        body.put("laporanPendamping", v.ringkasan().laporan());
        body.put("status", v.laporan().map(l -> l.status().name()).orElse("DRAF"));
        body.put("isuCamat", v.laporan().map(LaporanKecamatan::isuCamat).orElse(null));
        body.put(
                "diketahuiOleh",
                v.laporan().map(LaporanKecamatan::diketahuiOleh).orElse(null));
        body.put("catatanCamat", v.laporan().map(LaporanKecamatan::catatanCamat).orElse(null));
        body.put("diterimaOleh", v.laporan().map(LaporanKecamatan::diterimaOleh).orElse(null));
        return body;
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
