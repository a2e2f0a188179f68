package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The monthly work plan: page and API. */
class RencanaApiController {

    private RencanaApiController() {}

    static Map<String, Object> json(RencanaService.Tampilan v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", v.penulis().username());
        body.put("bulan", v.bulan());
        body.put(
                "rencana",
                v.perbandingan().rencana().stream()
                        .map(h -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            RencanaKerja plan = v.rencana().stream()
                                    .filter(p -> p.id() == h.item().id())
                                    .findFirst()
                                    .orElseThrow();
                            item.put("id", plan.id());
                            item.put("minggu", plan.minggu());
                            item.put("kodeDesa", plan.kodeDesa());
                            item.put("metode", plan.metode().name());
                            item.put("ruangLingkup", plan.ruangLingkup().name());
                            item.put("uraian", plan.uraian());
                            item.put("status", h.status().name());
                            item.put("kegiatanId", h.kegiatanId());
                            return item;
                        })
                        .toList());
        body.put("dilaksanakan", v.perbandingan().dilaksanakan());
        body.put("tidakDilaksanakan", v.perbandingan().tidakDilaksanakan());
        body.put("tidakDirencanakan", v.perbandingan().tidakDirencanakan());
        return body;
    }

    @RestController
    @Tag(
            name = "Pendampingan: rencana kerja",
            description = "Rencana kerja bulanan per desa dan minggu, dibandingkan dengan catatan")
    static class Api {

        private final RencanaService service;
        private final AkunApi akun;

        Api(RencanaService service, AkunApi akun) {
            this.service = service;
            this.akun = akun;
        }

        @GetMapping("/api/v1/pendampingan/rencana/{username}/{bulan}")
        @Operation(summary = "Rencana kerja sebulan dengan status: dilaksanakan, tidak dilaksanakan, belum waktunya")
        Map<String, Object> lihat(@PathVariable String username, @PathVariable String bulan) {
            return json(service.lihat(username, bulan, akun.wajibSaatIni()));
        }

        @PostMapping("/api/v1/pendampingan/rencana")
        @Operation(summary = "Tambah rencana kegiatan sendiri (bulan ini atau sesudahnya)")
        ResponseEntity<Map<String, Object>> tambah(@RequestBody(required = false) RencanaService.Tambah body) {
            if (body == null) {
                throw new BadRequestException("permintaan.tidakTerbaca");
            }
            RencanaKerja plan = service.tambah(body, akun.wajibSaatIni());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", plan.id());
            out.put("bulan", plan.bulan());
            out.put("kodeDesa", plan.kodeDesa());
            out.put("minggu", plan.minggu());
            return ResponseEntity.created(
                            URI.create("/api/v1/pendampingan/rencana/" + plan.penulis() + "/" + plan.bulan()))
                    .body(out);
        }

        @DeleteMapping("/api/v1/pendampingan/rencana/{id}")
        @Operation(summary = "Hapus rencana sendiri")
        ResponseEntity<Void> hapus(@PathVariable long id) {
            service.hapus(id, akun.wajibSaatIni());
            return ResponseEntity.noContent().build();
        }
    }
}
