package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignments of a facilitator through the API, for admins covering them: the history, a new one,
 * ending one (the admin's user page does the same, {@link AdminPenggunaController}).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class PenugasanController {

    private final PenugasanService service;
    private final AkunApi akun;

    PenugasanController(PenugasanService service, AkunApi akun) {
        this.service = service;
        this.akun = akun;
    }

    /** The body of ending one. */
    record Akhiri(LocalDate selesai) {}

    @GetMapping("/api/v1/pengguna/{username}/penugasan")
    @Operation(summary = "Riwayat penugasan seorang pendamping (SK, masa, wilayah, organisasi MITRA)")
    List<Map<String, Object>> riwayat(@PathVariable String username) {
        return service.riwayat(username, akun.wajibSaatIni()).stream()
                .map(PenugasanController::json)
                .toList();
    }

    @PostMapping("/api/v1/pengguna/{username}/penugasan")
    @Operation(summary = "Tambah penugasan; wilayahnya masuk lingkup dengan tanggal berakhirnya")
    ResponseEntity<Map<String, Object>> tambah(
            @PathVariable String username, @RequestBody PenugasanService.Tambah body) {
        Penugasan saved = service.tambah(username, body, akun.wajibSaatIni());
        return ResponseEntity.created(URI.create("/api/v1/pengguna/" + username + "/penugasan"))
                .body(json(saved));
    }

    @PostMapping("/api/v1/pengguna/{username}/penugasan/{id}/akhiri")
    @Operation(summary = "Akhiri penugasan pada tanggal itu; sesudahnya tidak ada catatan baru di wilayahnya")
    Map<String, Object> akhiri(@PathVariable String username, @PathVariable long id, @RequestBody Akhiri body) {
        return json(service.akhiri(username, id, body.selesai(), akun.wajibSaatIni()));
    }

    static Map<String, Object> json(Penugasan a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("peran", a.peran().name());
        out.put("nomorSk", a.nomorSk());
        out.put("mulai", a.mulai());
        out.put("selesai", a.selesai());
        out.put("wilayah", a.kode());
        out.put("organisasi", a.organisasi());
        out.put(
                "jenisOrganisasi",
                a.jenisOrganisasi() == null ? null : a.jenisOrganisasi().name());
        out.put("dibuatOleh", a.dibuatOleh());
        out.put("diakhiriOleh", a.diakhiriOleh());
        return out;
    }
}
