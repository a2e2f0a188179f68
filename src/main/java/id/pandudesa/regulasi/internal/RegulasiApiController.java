package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The register for other systems: a village's regulations and decisions with every step's data. */
@RestController
class RegulasiApiController {

    private final RegulasiService service;
    private final AkunApi akun;

    RegulasiApiController(RegulasiService service, AkunApi akun) {
        this.service = service;
        this.akun = akun;
    }

    @GetMapping("/api/v1/regulasi/{kodeDesa}")
    @Operation(summary = "Produk hukum desa (Perdes, Peraturan Bersama, Perkades, Keputusan) dengan langkah-langkahnya")
    List<Map<String, Object>> daftar(@PathVariable String kodeDesa) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return service.daftar(kodeDesa, me).stream()
                .map(RegulasiApiController::json)
                .toList();
    }

    @GetMapping("/api/v1/regulasi/produk/{id}")
    @Operation(summary = "Satu produk hukum desa (404 di luar lingkup)")
    Map<String, Object> satu(@PathVariable long id) {
        return json(service.lihat(id, akun.wajibSaatIni()));
    }

    static Map<String, Object> json(ProdukHukum p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("kodeDesa", p.kodeDesa());
        out.put("jenis", p.jenis().name());
        out.put("judul", p.judul());
        out.put("uraian", p.uraian());
        out.put("status", p.status().name());
        out.put("perluEvaluasi", p.perluEvaluasi());
        out.put("musyawarahId", p.musyawarahId());
        out.put("tanggalSepakat", p.tanggalSepakat());
        out.put("nomorLaporan", p.penilaian() == null ? null : p.penilaian().nomorLaporan());
        out.put("tanggalLaporan", p.penilaian() == null ? null : p.penilaian().tanggalLaporan());
        out.put("hasilEvaluasi", p.penilaian() == null ? null : p.penilaian().hasilEvaluasi());
        out.put("nomor", p.nomor());
        out.put("tanggalDitetapkan", p.tanggalTetap());
        out.put("nomorDiundangkan", p.nomorUndang());
        out.put("tanggalDiundangkan", p.tanggalUndang());
        out.put("jumlahVersiTeks", p.teks().size());
        out.put("versi", p.versi());
        return out;
    }
}
