package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.tabel.TabelKeluar;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Indeks Desa API: compute from the ministry's spreadsheet, import its results, read a desa's. */
@RestController
@Tag(name = "Indeks Desa", description = "Indeks Desa (Permendesa PDTT 9/2024): hitung, impor, hasil per desa")
class IndeksDesaApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IndeksDesaService service;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final WilayahTerlihat terlihat;

    IndeksDesaApiController(IndeksDesaService service, AkunApi akun, WilayahApi wilayah, WilayahTerlihat terlihat) {
        this.service = service;
        this.akun = akun;
        this.wilayah = wilayah;
        this.terlihat = terlihat;
    }

    @PostMapping(
            value = "/api/v1/indeks-desa/hitung",
            consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = "text/csv")
    @Operation(
            summary = "Hitung Indeks Desa dari lembar kementerian (CSV atau XLSX), tanpa menyimpan;"
                    + " sampai 100.000 baris")
    void hitung(@RequestParam(required = false) Integer tahun, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        akun.wajibSaatIni();
        List<IndeksDesaService.Dihitung> rows = service.hitung(TabelMasuk.baca(request.getInputStream()), tahun);
        KatalogIndeksDesa k = service.kalkulator().katalog();
        List<String> header = new ArrayList<>(List.of("kode_desa", "tahun", "skor", "status"));
        k.dimensi().forEach(d -> header.add(d.kolom()));
        response.setContentType("text/csv;charset=UTF-8");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), header)) {
            for (IndeksDesaService.Dihitung d : rows) {
                List<Object> line = new ArrayList<>(List.of(
                        d.baris().kodeDesa(),
                        d.baris().tahun(),
                        d.hasil().skor().toPlainString(),
                        d.hasil().status()));
                d.hasil().dimensi().values().forEach(v -> line.add(v.toPlainString()));
                csv.baris(line);
            }
        }
    }

    @PostMapping(
            value = "/api/v1/indeks-desa/impor",
            consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Impor hasil Indeks Desa kementerian (ADMIN, atau TA/PD di wilayahnya); semua atau tidak sama"
                    + " sekali")
    Map<String, Object> impor(@RequestParam(required = false) Integer tahun, HttpServletRequest request)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return Map.of("diimpor", service.impor(TabelMasuk.baca(request.getInputStream()), tahun, me));
    }

    @GetMapping(value = "/api/v1/indeks-desa/{kodeDesa}/{tahun}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Indeks Desa satu desa satu tahun: skor, status, dimensi, skor butir")
    Map<String, Object> hasil(@PathVariable String kodeDesa, @PathVariable int tahun) {
        IndeksDesaService.Tersimpan h = service.hasil(kodeDesa, tahun, akun.wajibSaatIni())
                .orElseThrow(() -> new NotFoundException("indeksDesa.tidakDitemukan", kodeDesa, tahun));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kodeDesa", h.kodeDesa());
        body.put("tahun", h.tahun());
        body.put("skor", h.skor());
        body.put("status", h.status());
        body.put("dimensi", h.dimensi());
        Map<String, Integer> items = new LinkedHashMap<>();
        for (int i = 0; i < h.butir().length; i++) {
            items.put(String.valueOf(i + 1), h.butir()[i]);
        }
        body.put("butir", items);
        body.put("sumber", h.sumber());
        return body;
    }

    @GetMapping(value = "/api/v1/indeks-desa/ekspor/{tahun}", produces = "text/csv")
    @Operation(
            summary = "Hasil Indeks Desa setahun dalam lingkup pemanggil, dalam tata letak lembar kementerian"
                    + " (bisa diimpor atau dihitung lagi apa adanya)")
    void ekspor(@PathVariable int tahun, @RequestParam(required = false) String wilayah, HttpServletResponse response)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Lingkup scope = wilayah == null || wilayah.isBlank()
                ? me.lingkup()
                : Lingkup.of(List.of(
                        terlihat.wilayah(wilayah, me, "wilayah.tidakDitemukan").kode()));
        KatalogIndeksDesa k = service.kalkulator().katalog();
        List<String> header = new ArrayList<>(List.of(k.kolomKode(), k.kolomTahun(), "Desa"));
        k.butir().forEach(b -> header.add(b.judul()));
        header.addAll(List.of("Indeks Desa", "Status ID"));
        k.dimensi().forEach(d -> header.add(d.nama()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"indeks-desa-" + tahun + ".csv\"");
        List<IndeksDesaService.Tersimpan> rows = new ArrayList<>();
        service.setiap(tahun, scope, rows::add);
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), header)) {
            for (int from = 0; from < rows.size(); from += 1_000) {
                List<IndeksDesaService.Tersimpan> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
                Map<String, Wilayah> names = this.wilayah.semua(chunk.stream()
                        .map(IndeksDesaService.Tersimpan::kodeDesa)
                        .toList());
                for (IndeksDesaService.Tersimpan h : chunk) {
                    List<Object> line = new ArrayList<>(List.of(
                            h.kodeDesa(),
                            h.tahun(),
                            names.containsKey(h.kodeDesa())
                                    ? names.get(h.kodeDesa()).nama()
                                    : ""));
                    for (int v : h.butir()) {
                        line.add(v);
                    }
                    line.add(h.skor().toPlainString());
                    line.add(h.status());
                    h.dimensi().values().forEach(v -> line.add(v.toPlainString()));
                    csv.baris(line);
                }
            }
        }
    }

    @PostMapping("/api/v1/indeks-desa/hitung-ulang/{tahun}")
    @Operation(
            summary = "Hitung ulang Indeks Desa seluruh desa untuk satu tahun data, di latar (ADMIN nasional);"
                    + " satu node saja yang menjalankan")
    ResponseEntity<Map<String, Object>> hitungUlang(@PathVariable int tahun) {
        long id = service.hitungUlang(tahun, akun.wajibSaatIni());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/tugas/" + id))
                .body(Map.of("tugas", id));
    }
}
