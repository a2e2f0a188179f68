package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The quarterly performance evaluation as CONTRACTS writes it. */
@RestController
class EvaluasiApiController {

    private final EvaluasiService service;
    private final EvaluasiQueries queries;
    private final SaringPeringkat saring;
    private final AkunApi akun;

    EvaluasiApiController(EvaluasiService service, EvaluasiQueries queries, SaringPeringkat saring, AkunApi akun) {
        this.service = service;
        this.queries = queries;
        this.saring = saring;
        this.akun = akun;
    }

    @GetMapping("/api/v1/evaluasi/peringkat")
    @Operation(summary = "Peringkat evaluasi sebuah wilayah (TA, admin): halaman peringkat dan sebaran nilai akhir")
    Map<String, Object> peringkat(
            @org.springframework.web.bind.annotation.RequestParam(required = false) String triwulan,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String wilayah,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String peran,
            @io.swagger.v3.oas.annotations.Parameter(hidden = true) id.pandudesa.platform.PageQuery page) {
        SaringPeringkat.Saring s = saring.dari(akun.wajibSaatIni(), triwulan, wilayah, peran);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("triwulan", s.triwulan().toString());
        body.put("wilayah", s.wilayah());
        // The distribution counts every evaluation of the region once: its sum is the list's total.
        Map<String, Long> spread = queries.sebaran(s.lingkup(), s.triwulan(), s.peran());
        long total = spread.values().stream().mapToLong(Long::longValue).sum();
        body.put("peringkat", queries.peringkat(s.lingkup(), s.triwulan(), s.peran(), page, total));
        body.put("sebaran", spread);
        return body;
    }

    /** The body of an assessment. */
    record Nilai(Map<String, Integer> nilai, String catatan) {}

    /** The body of the person's answer. */
    record Tanggapan(String tanggapan) {}

    @GetMapping("/api/v1/evaluasi/{username}/{triwulan}")
    @Operation(summary = "Evaluasi kinerja triwulan: bukti dari catatan kegiatan, penilaian, nilai akhir")
    Map<String, Object> lihat(@PathVariable String username, @PathVariable String triwulan) {
        return json(service.lihat(username, triwulan, akun.wajibSaatIni()));
    }

    @PutMapping("/api/v1/evaluasi/{username}/{triwulan}/{sebagai}")
    @Operation(summary = "Penilai (KOORDINATOR atau PENGGUNA_LAYANAN) memberi atau mengganti nilainya")
    Map<String, Object> nilai(
            @PathVariable String username,
            @PathVariable String triwulan,
            @PathVariable String sebagai,
            @RequestBody Nilai body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.nilai(username, triwulan, sebagai, body.nilai(), body.catatan(), me);
        return json(service.lihat(username, triwulan, me));
    }

    @PutMapping("/api/v1/evaluasi/{username}/{triwulan}/tanggapan")
    @Operation(summary = "Yang dinilai menanggapi evaluasinya")
    Map<String, Object> tanggapi(
            @PathVariable String username, @PathVariable String triwulan, @RequestBody Tanggapan body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.tanggapi(username, triwulan, body.tanggapan(), me);
        return json(service.lihat(username, triwulan, me));
    }

    static Map<String, Object> json(EvaluasiService.Tampilan v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", v.orang().username());
        body.put("peran", v.orang().peran().name());
        body.put("triwulan", v.triwulan().toString());
        EvaluasiQueries.Bukti b = v.bukti();
        Map<String, Object> bukti = new LinkedHashMap<>();
        bukti.put("hariKerja", b.hariKerja());
        bukti.put("jamKerja", b.jamKerja());
        bukti.put("kegiatan", b.kegiatan());
        bukti.put("desaDidampingi", b.desaDidampingi());
        bukti.put("desaDalamLingkup", b.desaDalamLingkup());
        bukti.put("tindakLanjutSelesai", b.tindakLanjutSelesai());
        bukti.put("tindakLanjutTerlambat", b.tindakLanjutTerlambat());
        bukti.put("laporanTepatWaktu", b.laporanTepatWaktu());
        bukti.put("laporanJatuhTempo", b.laporanJatuhTempo());
        bukti.put("porsiKader", b.porsiKader());
        body.put("bukti", bukti);
        List<Map<String, Object>> scores = new ArrayList<>();
        v.evaluasi()
                .ifPresent(e -> e.penilaian().forEach(p -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("penilai", p.penilai());
                    s.put("sebagai", p.sebagai().name());
                    s.put("nilai", p.nilai());
                    s.put("rataRata", p.rataRata());
                    s.put("catatan", p.catatan());
                    scores.add(s);
                }));
        body.put("penilaian", scores);
        body.put("nilaiAkhir", v.evaluasi().map(EvaluasiKinerja::nilaiAkhir).orElse(null));
        body.put("tanggapan", v.evaluasi().map(EvaluasiKinerja::tanggapan).orElse(null));
        return body;
    }
}
