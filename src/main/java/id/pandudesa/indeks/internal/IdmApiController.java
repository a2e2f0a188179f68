package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelKeluar;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.tugas.BackgroundJob;
import id.pandudesa.platform.tugas.BackgroundJobService;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Indeks Desa Membangun",
        description = "Perhitungan IDM yang tepat, hasil per desa, rekap wilayah, impor dan ekspor")
class IdmApiController {

    static final String[] OUT = {
        "kode_desa", "tahun", "iks", "ike", "ikl", "idm", "status", "target_status", "skor_minimal", "penambahan"
    };

    private final IdmService service;
    private final KatalogIndeks catalogues;
    private final RekapQueries rekap;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final BackgroundJobService jobs;

    IdmApiController(
            IdmService service,
            KatalogIndeks catalogues,
            RekapQueries rekap,
            AkunApi akun,
            WilayahApi wilayah,
            BackgroundJobService jobs) {
        this.service = service;
        this.catalogues = catalogues;
        this.rekap = rekap;
        this.akun = akun;
        this.wilayah = wilayah;
        this.jobs = jobs;
    }

    @PostMapping(value = "/api/v1/idm/hitung", consumes = "text/csv", produces = "text/csv")
    @Operation(
            summary =
                    "Hitung IDM dari skor (CSV kode_desa,tahun,s01..s50), tanpa menyimpan; satu negara sekaligus boleh")
    void hitungCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        akun.wajibSaatIni();
        IdmImpor.Hasil parsed = IdmImpor.baca(
                TabelMasuk.csv(request.getInputStream()),
                catalogues.idm(),
                code -> code.matches("\\d{10}"),
                null,
                200_000);
        if (!parsed.masalah().isEmpty()) {
            throw new RuleViolationException(
                    parsed.masalah(), "idm.hitung.ditolak", parsed.masalah().size());
        }
        response.setContentType("text/csv;charset=UTF-8");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), List.of(OUT))) {
            for (IdmImpor.Baris row : parsed.baris()) {
                HasilIdm r = IdmCalculator.hitung(row.skor());
                csv.baris(
                        row.kodeDesa(),
                        row.tahun(),
                        r.iks(),
                        r.ike(),
                        r.ikl(),
                        r.idm(),
                        r.status().label(),
                        r.targetStatus().label(),
                        String.format(java.util.Locale.ROOT, "%.4f", r.skorMinimal()),
                        r.penambahan());
            }
        }
    }

    /** JSON variant of the computation: [{"kodeDesa","tahun","skor":[50 numbers]}]. */
    record Masukan(String kodeDesa, Integer tahun, List<Integer> skor) {}

    @PostMapping(
            value = "/api/v1/idm/hitung",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hitung IDM dari skor (JSON), tanpa menyimpan")
    List<Map<String, Object>> hitungJson(@RequestBody(required = false) List<Masukan> rows) {
        akun.wajibSaatIni();
        if (rows == null) {
            throw new BadRequestException("permintaan.tidakTerbaca");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Map<String, Object>> out = new ArrayList<>();
        PenilaiKatalog katalog = catalogues.idm();
        for (int n = 0; n < rows.size(); n++) {
            Masukan m = rows.get(n);
            int row = n + 1;
            if (m == null || m.skor() == null || m.skor().size() != 50) {
                problems.add(new FieldProblem("skor", row, "idm.hitung.limaPuluhSkor"));
                continue;
            }
            int[] scores = new int[50];
            boolean ok = true;
            for (int i = 0; i < 50; i++) {
                Integer s = m.skor().get(i);
                if (s == null || !katalog.skorDiizinkan(i).contains(s)) {
                    problems.add(new FieldProblem(
                            String.format("s%02d", i + 1),
                            row,
                            "idm.impor.skorTidakDiizinkan",
                            String.valueOf(s),
                            katalog.skorDiizinkan(i).toString()));
                    ok = false;
                } else {
                    scores[i] = s;
                }
            }
            if (ok) {
                out.add(json(m.kodeDesa(), m.tahun(), IdmCalculator.hitung(scores)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "idm.hitung.ditolak", problems.size());
        }
        return out;
    }

    @GetMapping("/api/v1/idm/{kodeDesa}/{tahun}")
    @Operation(
            summary =
                    "Hasil IDM satu desa satu tahun, dengan indikator terurut menurut nilai tambahnya dan jalur tercepat")
    Map<String, Object> hasil(@PathVariable String kodeDesa, @PathVariable int tahun) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        HasilIndeks h = service.hasil(kodeDesa, tahun, me)
                .orElseThrow(() -> new NotFoundException("idm.hasilTidakAda", kodeDesa, tahun));
        return rinci(h, catalogues.idm());
    }

    @GetMapping("/api/v1/idm/{kodeDesa}")
    @Operation(summary = "Riwayat IDM satu desa per tahun")
    List<Map<String, Object>> riwayat(@PathVariable String kodeDesa) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return service.riwayat(kodeDesa, me).stream()
                .map(h -> {
                    Map<String, Object> m = json(h.kodeDesa(), h.tahun(), h.hasil());
                    m.put("sumber", h.sumber());
                    m.put("resmi", h.resmi());
                    return m;
                })
                .toList();
    }

    @PostMapping(
            value = "/api/v1/idm/impor",
            consumes = {"text/csv", MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(
            summary =
                    "Impor hasil IDM resmi (ADMIN, di dalam lingkupnya): CSV atau Excel dengan kolom kode_desa,tahun,s01..s50"
                            + " (iks,ike,ikl,idm,status boleh); semua baris diperiksa dulu, satu kesalahan → tidak ada yang disimpan")
    Map<String, Object> impor(
            HttpServletRequest request, @RequestPart(value = "berkas", required = false) MultipartFile file)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String name = file == null ? "api.csv" : file.getOriginalFilename();
        TabelMasuk source = sumber(file, request);
        int stored = service.impor(source, name, me);
        return Map.of("disimpan", stored);
    }

    static TabelMasuk sumber(MultipartFile file, HttpServletRequest request) throws IOException {
        if (file == null) {
            return TabelMasuk.csv(request.getInputStream());
        }
        byte[] bytes = file.getBytes();
        return TabelMasuk.baca(bytes);
    }

    @GetMapping(value = "/api/v1/idm/ekspor/{tahun}", produces = "text/csv")
    @Operation(
            summary =
                    "Hasil IDM setahun dalam lingkup pemanggil, dengan tata letak berkas terbitan (kode_desa,tahun,nama_desa,s01..s50,…)")
    void ekspor(@PathVariable int tahun, @RequestParam(required = false) String wilayah, HttpServletResponse response)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Lingkup scope = lingkup(me, wilayah);
        List<String> header = new ArrayList<>(List.of("kode_desa", "tahun", "nama_desa"));
        header.addAll(IdmImpor.SCORE_COLUMNS);
        header.addAll(List.of("iks", "ike", "ikl", "idm", "status", "target_status", "skor_minimal", "penambahan"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"idm-" + tahun + ".csv\"");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), header)) {
            List<HasilIndeks> rows = new ArrayList<>();
            service.setiap(tahun, scope, rows::add);
            for (int from = 0; from < rows.size(); from += 1_000) {
                List<HasilIndeks> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
                Map<String, Wilayah> names = this.wilayah.semua(
                        chunk.stream().map(HasilIndeks::kodeDesa).toList());
                for (HasilIndeks h : chunk) {
                    List<Object> record = new ArrayList<>(List.of(
                            h.kodeDesa(),
                            h.tahun(),
                            names.containsKey(h.kodeDesa())
                                    ? names.get(h.kodeDesa()).nama().toUpperCase(java.util.Locale.ROOT)
                                    : ""));
                    for (int s : h.skor()) {
                        record.add(s);
                    }
                    HasilIdm r = h.hasil();
                    record.addAll(List.of(
                            r.iks(),
                            r.ike(),
                            r.ikl(),
                            r.idm(),
                            r.status().label(),
                            r.targetStatus().label(),
                            String.format(java.util.Locale.ROOT, "%.4f", r.skorMinimal()),
                            r.penambahan()));
                    csv.baris(record);
                }
            }
        }
    }

    @GetMapping("/api/v1/idm/rekap/{kode}")
    @Operation(
            summary =
                    "Rekap IDM sebuah wilayah (atau 'nasional'): desa per status, rerata, gerak naik/turun sejak tahun lalu, per wilayah di bawahnya")
    Map<String, Object> rekap(@PathVariable String kode, @RequestParam int tahun) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Lingkup scope = lingkup(me, "nasional".equalsIgnoreCase(kode) ? null : kode);
        if ("nasional".equalsIgnoreCase(kode) && !me.lingkup().isNasional()) {
            throw new NotFoundException("wilayah.tidakDitemukan", kode);
        }
        RekapQueries.Rekap r = rekap.rekap(scope, tahun);
        int childLength = "nasional".equalsIgnoreCase(kode) ? 2 : nextLength(KodeWilayah.normalisasi(kode));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kode", "nasional".equalsIgnoreCase(kode) ? "nasional" : KodeWilayah.normalisasi(kode));
        body.put("tahun", tahun);
        body.put("jumlahDesa", r.jumlahDesa());
        body.put("perStatus", r.perStatus());
        body.put(
                "rerata",
                Map.of(
                        "iks",
                        nz(r.rerataIks()),
                        "ike",
                        nz(r.rerataIke()),
                        "ikl",
                        nz(r.rerataIkl()),
                        "idm",
                        nz(r.rerataIdm())));
        body.put("perubahan", Map.of("naik", r.naik(), "turun", r.turun(), "tetap", r.tetap(), "baru", r.baru()));
        body.put("anak", childLength == 0 ? List.of() : rekap.perAnak(scope, childLength, tahun));
        return body;
    }

    @PostMapping("/api/v1/idm/hitung-ulang/{tahun}")
    @Operation(
            summary =
                    "Hitung ulang IDM seluruh desa untuk satu tahun, di latar (ADMIN nasional); satu node saja yang menjalankan")
    ResponseEntity<Map<String, Object>> hitungUlang(@PathVariable int tahun) {
        long id = service.hitungUlang(tahun, akun.wajibSaatIni());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/tugas/" + id))
                .body(Map.of("tugas", id));
    }

    @GetMapping("/api/v1/tugas/{id}")
    @Operation(summary = "Kemajuan tugas latar (impor, hitung ulang) milik pemanggil")
    BackgroundJob tugas(@PathVariable long id) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return jobs.lihat(id)
                .filter(t -> t.pemilik().equals(me.username()))
                .orElseThrow(() -> new NotFoundException("tugas.tidakDitemukan"));
    }

    private Lingkup lingkup(PenggunaSaatIni me, String region) {
        if (region == null || region.isBlank()) {
            return me.lingkup();
        }
        String code = KodeWilayah.normalisasi(region);
        if (!KodeWilayah.formatValid(code)
                || !me.mencakup(code)
                || wilayah.cari(code).isEmpty()) {
            throw new NotFoundException("wilayah.tidakDitemukan", region);
        }
        return Lingkup.of(List.of(code));
    }

    private static int nextLength(String code) {
        Tingkat t = Tingkat.dariKode(code);
        return t == null || t.anak() == null ? 0 : t.anak().panjangKode();
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }

    static Map<String, Object> json(String kodeDesa, Integer tahun, HasilIdm r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kodeDesa", kodeDesa);
        m.put("tahun", tahun);
        m.put("iks", r.iks());
        m.put("ike", r.ike());
        m.put("ikl", r.ikl());
        m.put("idm", r.idm());
        m.put("status", r.status().label());
        m.put("targetStatus", r.targetStatus().label());
        m.put("skorMinimal", r.skorMinimal());
        m.put("penambahan", r.penambahan());
        return m;
    }

    static Map<String, Object> rinci(HasilIndeks h, PenilaiKatalog katalog) {
        Map<String, Object> m = json(h.kodeDesa(), h.tahun(), h.hasil());
        m.put("katalog", h.katalog());
        m.put("sumber", h.sumber());
        m.put("skor", h.skor());
        m.put("resmi", h.resmi());
        m.put(
                "indikator",
                AnalisisIdm.potensi(h.skor(), katalog).stream()
                        .map(IdmApiController::potensi)
                        .toList());
        AnalisisIdm.Jalur path = AnalisisIdm.jalurTercepat(h.skor(), katalog);
        m.put(
                "jalurTercepat",
                Map.of(
                        "jumlahIndikator", path.indikator().size(),
                        "statusBaru", path.statusBaru().label(),
                        "idmBaru", path.idmBaru(),
                        "indikator",
                                path.indikator().stream()
                                        .map(p -> p.indikator().kode())
                                        .toList()));
        return m;
    }

    private static Map<String, Object> potensi(AnalisisIdm.Potensi p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode", p.indikator().kode());
        m.put("nama", p.indikator().nama());
        m.put("dimensi", p.indikator().dimensi());
        m.put("skor", p.skor());
        m.put("nilai", p.nilai());
        m.put("keterangan", p.aturan() == null ? null : p.aturan().keterangan());
        m.put("kegiatan", p.aturan() == null ? null : p.aturan().kegiatan());
        m.put("pelaku", p.aturan() == null ? Map.of() : p.aturan().pelaku());
        return m;
    }
}
