package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.tabel.TabelMasuk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "APBDes", description = "APBDes desa per tahun dengan kode Permendagri 20/2018, versi dan perubahan")
class ApbdesApiController {

    private final ApbdesService service;
    private final AkunApi akun;

    ApbdesApiController(ApbdesService service, AkunApi akun) {
        this.service = service;
        this.akun = akun;
    }

    @PutMapping(value = "/api/v1/apbdes/{kodeDesa}/{tahun}", consumes = "text/csv")
    @Operation(
            summary = "Ganti rancangan APBDes (CSV kode_kegiatan,kode_rekening,uraian,anggaran),"
                    + " atau buat versi perubahan bila sudah ditetapkan")
    RingkasanApbdes ganti(@PathVariable String kodeDesa, @PathVariable int tahun, HttpServletRequest request)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        TabelMasuk table;
        try {
            table = TabelMasuk.csv(request.getInputStream());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadRequestException("apbdes.csvTidakTerbaca");
        }
        return RingkasanApbdes.dari(service.ganti(kodeDesa, tahun, table, null, me));
    }

    @GetMapping(value = "/api/v1/apbdes/{kodeDesa}/{tahun}", produces = "application/json")
    @Operation(summary = "Ringkasan APBDes: pendapatan, belanja, pembiayaan, per bidang dan per sumber")
    RingkasanApbdes lihat(
            @PathVariable String kodeDesa, @PathVariable int tahun, @RequestParam(required = false) Integer versi) {
        return RingkasanApbdes.dari(service.lihat(kodeDesa, tahun, versi, akun.wajibSaatIni()));
    }

    @GetMapping(value = "/api/v1/apbdes/{kodeDesa}/{tahun}", produces = "text/csv")
    @Operation(summary = "Baris APBDes dalam tata letak unggahan (CSV)")
    void csv(
            @PathVariable String kodeDesa,
            @PathVariable int tahun,
            @RequestParam(required = false) Integer versi,
            HttpServletResponse response)
            throws IOException {
        Apbdes a = service.lihat(kodeDesa, tahun, versi, akun.wajibSaatIni());
        BacaApbdes.tulisCsv(a, response);
    }

    @PostMapping("/api/v1/apbdes/{kodeDesa}/{tahun}/tetapkan")
    @Operation(summary = "Tetapkan rancangan APBDes terbaru (defisit harus tertutup pembiayaan netto)")
    RingkasanApbdes tetapkan(@PathVariable String kodeDesa, @PathVariable int tahun) {
        return RingkasanApbdes.dari(service.tetapkan(kodeDesa, tahun, akun.wajibSaatIni()));
    }

    @GetMapping("/api/v1/apbdes/{kodeDesa}/{tahun}/beda")
    @Operation(summary = "Perbedaan dua versi APBDes (perubahan)")
    Map<String, Object> beda(
            @PathVariable String kodeDesa, @PathVariable int tahun, @RequestParam int dari, @RequestParam int ke) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Apbdes before = service.lihat(kodeDesa, tahun, dari, me);
        Apbdes after = service.lihat(kodeDesa, tahun, ke, me);
        List<BedaApbdes.Perubahan> changes = BedaApbdes.antara(before, after);
        return Map.of(
                "dari", RingkasanApbdes.dari(before),
                "ke", RingkasanApbdes.dari(after),
                "perubahan", changes);
    }
}
