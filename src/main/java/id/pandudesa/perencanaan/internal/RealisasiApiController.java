package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.tabel.TabelMasuk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Realisation points of the APBDes (CONTRACTS "realisasi APBDes"): a sheet in, the figures out. */
@RestController
@Tag(name = "APBDes", description = "APBDes desa per tahun dengan kode Permendagri 20/2018, versi dan perubahan")
class RealisasiApiController {

    private final RealisasiService service;
    private final SiskeudesService siskeudes;
    private final AkunApi akun;

    RealisasiApiController(RealisasiService service, SiskeudesService siskeudes, AkunApi akun) {
        this.service = service;
        this.siskeudes = siskeudes;
        this.akun = akun;
    }

    @org.springframework.web.bind.annotation.PostMapping(
            value = "/api/v1/apbdes/{kodeDesa}/{tahun}/siskeudes",
            consumes = {"application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @Operation(
            summary = "Impor ekspor basis data Siskeudes (zip berisi CSV): APBDes tahun itu dan titik"
                    + " realisasinya sampai tanggal (bawaan: seluruh tahun sampai hari ini)")
    RingkasanRealisasi siskeudes(
            @PathVariable String kodeDesa,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            HttpServletRequest request)
            throws IOException {
        return siskeudes
                .impor(kodeDesa, tahun, sampai, request.getInputStream(), akun.wajibSaatIni())
                .ringkasan();
    }

    @PutMapping(value = "/api/v1/apbdes/{kodeDesa}/{tahun}/realisasi", consumes = "text/csv")
    @Operation(
            summary = "Catat realisasi kumulatif per baris APBDes sampai tanggal (CSV"
                    + " kode_kegiatan,kode_rekening,uraian,realisasi); tanggal yang sama menggantikan titiknya")
    RingkasanRealisasi catat(
            @PathVariable String kodeDesa,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            HttpServletRequest request)
            throws IOException {
        var me = akun.wajibSaatIni();
        TabelMasuk table;
        try {
            table = TabelMasuk.csv(request.getInputStream());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadRequestException("realisasi.csvTidakTerbaca");
        }
        return service.catat(kodeDesa, tahun, sampai, table, Realisasi.Sumber.LEMBAR, me)
                .ringkasan();
    }

    @GetMapping(value = "/api/v1/apbdes/{kodeDesa}/{tahun}/realisasi", produces = "application/json")
    @Operation(summary = "Titik realisasi terakhir pada atau sebelum tanggal, di samping anggarannya")
    RingkasanRealisasi lihat(
            @PathVariable String kodeDesa,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai) {
        return service.lihat(kodeDesa, tahun, sampai, akun.wajibSaatIni()).ringkasan();
    }
}
