package id.pandudesa.dasbor.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.wilayah.Wilayah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboards for other systems (CONTRACTS.md, "Dasbor"). */
@BacaReplika
@RestController
@RequestMapping("/api/v1/dasbor")
@Tag(name = "Dasbor")
class DasborApiController {

    private final AksesDasbor akses;
    private final MesinRollup mesin;

    DasborApiController(AksesDasbor akses, MesinRollup mesin) {
        this.akses = akses;
        this.mesin = mesin;
    }

    @Operation(
            summary = "The year's figures of every desa under a region, per module, and per child region",
            description = "kode: a region code of any level inside the caller's scope, or 'nasional' for national"
                    + " scope; tahun defaults to this year. A region outside the scope is 404.")
    @GetMapping("/{kode}")
    Map<String, Object> dasbor(@PathVariable String kode, @RequestParam(required = false) Integer tahun) {
        PenggunaSaatIni me = akses.saya();
        Wilayah w = akses.wilayah(kode, me).orElse(null);
        MesinRollup.Rekap r = mesin.wilayah(w, akses.tahun(tahun));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kode", w == null ? AksesDasbor.NASIONAL : w.kode());
        out.put("tingkat", r.tingkat());
        out.put("nama", w == null ? "Indonesia" : w.nama());
        out.put("tahun", r.tahun());
        out.put("jumlahDesa", r.total().jumlahDesa());
        modul(r.total(), out);
        List<Map<String, Object>> children = new ArrayList<>();
        for (MesinRollup.Baris b : r.anak()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("kode", b.kode());
            c.put("nama", b.nama());
            c.put("jumlahDesa", b.jumlahDesa());
            modul(b, c);
            children.add(c);
        }
        out.put("anak", children);
        return out;
    }

    private void modul(MesinRollup.Baris b, Map<String, Object> into) {
        for (SumberDasbor s : mesin.sumber()) {
            into.put(s.kunci(), json(b.blok(s.kunci())));
        }
    }

    /** Figures as JSON: {@code perMetode.ASISTENSI} nests as {@code perMetode: {ASISTENSI: n}}; {@code _} keys stay out. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(MesinRollup.Blok blok) {
        Map<String, Object> out = new LinkedHashMap<>(blok.keterangan());
        blok.angka().forEach((k, v) -> {
            if (k.startsWith("_")) {
                return;
            }
            int dot = k.indexOf('.');
            if (dot < 0) {
                out.put(k, v);
            } else {
                ((Map<String, Object>) out.computeIfAbsent(k.substring(0, dot), x -> new LinkedHashMap<>()))
                        .put(k.substring(dot + 1), v);
            }
        });
        out.putAll(blok.turunan());
        return out;
    }
}
