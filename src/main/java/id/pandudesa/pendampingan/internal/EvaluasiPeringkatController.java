package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PetugasDesa;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.tabel.LembarExcel;
import id.pandudesa.platform.web.Grafik;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The ranked list of a region's evaluations for the TA (their kabupaten) and the province (Dinas
 * PMD admins): best first, a chart of the distribution, and the whole list as Excel.
 */
@Controller
class EvaluasiPeringkatController {

    private final EvaluasiQueries queries;
    private final SaringPeringkat saring;
    private final AkunApi akun;

    EvaluasiPeringkatController(EvaluasiQueries queries, SaringPeringkat saring, AkunApi akun) {
        this.queries = queries;
        this.saring = saring;
        this.akun = akun;
    }

    @GetMapping("/evaluasi/peringkat")
    String halaman(
            @RequestParam(required = false) String triwulan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String peran,
            PageQuery page,
            Model model) {
        SaringPeringkat.Saring s = saring.dari(akun.wajibSaatIni(), triwulan, wilayah, peran);
        Map<String, Long> spread = queries.sebaran(s.lingkup(), s.triwulan(), s.peran());
        PageResult<EvaluasiQueries.Peringkat> rows = queries.peringkat(
                s.lingkup(),
                s.triwulan(),
                s.peran(),
                page,
                spread.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("hasil", rows);
        model.addAttribute("nama", nama(rows.isi()));
        Map<String, Long> bands = new LinkedHashMap<>(spread);
        long incomplete = bands.remove("BELUM");
        model.addAttribute("grafik", Grafik.dari(bands, null));
        model.addAttribute("belumLengkap", incomplete);
        model.addAttribute("triwulan", s.triwulan().toString());
        model.addAttribute("wilayah", s.wilayah());
        model.addAttribute("peran", s.peran() == null ? "" : s.peran().name());
        model.addAttribute(
                "semuaPeran", AturanEvaluasi.DINILAI.stream().sorted().toList());
        return "pendampingan/evaluasi-peringkat";
    }

    @GetMapping("/evaluasi/peringkat.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) String triwulan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String peran) {
        SaringPeringkat.Saring s = saring.dari(akun.wajibSaatIni(), triwulan, wilayah, peran);
        LembarExcel sheet = LembarExcel.baru("Peringkat " + s.triwulan())
                .judul("Peringkat evaluasi kinerja triwulan " + s.triwulan())
                .kepala(List.of("peringkat", "username", "nama", "peran", "kode_wilayah", "nilai_akhir"));
        int halaman = 0;
        while (true) {
            PageResult<EvaluasiQueries.Peringkat> rows =
                    queries.peringkat(s.lingkup(), s.triwulan(), s.peran(), new PageQuery(halaman, PageQuery.MAX_SIZE));
            Map<String, String> names = nama(rows.isi());
            for (EvaluasiQueries.Peringkat r : rows.isi()) {
                sheet.baris(java.util.Arrays.asList(
                        r.urutan(), r.username(), names.get(r.username()), r.peran(), r.kodeWilayah(), r.nilaiAkhir()));
            }
            if ((long) (halaman + 1) * PageQuery.MAX_SIZE >= rows.total()) {
                break;
            }
            halaman++;
        }
        return sheet.lebar(2, 30).unduhan("peringkat-evaluasi-" + s.triwulan());
    }

    private Map<String, String> nama(List<EvaluasiQueries.Peringkat> rows) {
        return akun
                .kontak(rows.stream().map(EvaluasiQueries.Peringkat::username).toList())
                .stream()
                .collect(Collectors.toMap(PetugasDesa::username, PetugasDesa::nama, (a, b) -> a));
    }
}
