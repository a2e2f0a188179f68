package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' page of local words: every provinsi and kabupaten with its own words, and a form to
 * add or correct one inside the admin's scope (a province's admin: the province and its kabupaten).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SebutanAdminController {

    /** The fields in the order of the form, with their length limits (the table's columns). */
    static final Map<String, Integer> KATA = new LinkedHashMap<>();

    static {
        KATA.put("desa", 40);
        KATA.put("kepalaDesa", 40);
        KATA.put("bpd", 60);
        KATA.put("sekretaris", 60);
        KATA.put("musyawarah", 60);
        KATA.put("rpjm", 40);
        KATA.put("rkp", 40);
        KATA.put("apb", 40);
        KATA.put("bum", 40);
        KATA.put("perdes", 60);
    }

    private final WilayahApi wilayah;
    private final AkunApi akun;

    SebutanAdminController(WilayahApi wilayah, AkunApi akun) {
        this.wilayah = wilayah;
        this.akun = akun;
    }

    /** The form as typed. */
    record FormSebutan(
            String kode,
            String desa,
            String kepalaDesa,
            String bpd,
            String sekretaris,
            String musyawarah,
            String rpjm,
            String rkp,
            String apb,
            String bum,
            String perdes)
            implements Formulir {

        SebutanDesa sebutan() {
            return new SebutanDesa(
                    t(desa),
                    t(kepalaDesa),
                    t(rpjm),
                    t(rkp),
                    t(apb),
                    t(bum),
                    t(bpd),
                    t(sekretaris),
                    t(musyawarah),
                    t(perdes));
        }

        private static String t(String s) {
            return s == null ? "" : s.strip().replaceAll("\\s+", " ");
        }
    }

    @GetMapping("/admin/sebutan")
    String daftar(@RequestParam(required = false) String kode, Model model) {
        isi(model, akun.wajibSaatIni(), kode, null);
        return "akun/admin-sebutan";
    }

    @PostMapping("/admin/sebutan")
    String simpan(FormSebutan form, PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    Wilayah region = wilayahBoleh(form.kode(), admin);
                    SebutanDesa words = form.sebutan();
                    periksa(form);
                    wilayah.simpanSebutan(region.kode(), words, admin.username());
                    return "sebutan.tersimpan";
                },
                "/admin/sebutan",
                "akun/admin-sebutan",
                () -> isi(pageAction.model(), admin, form.kode(), form));
    }

    private Wilayah wilayahBoleh(String kode, PenggunaSaatIni admin) {
        String normal = KodeWilayah.normalisasi(kode);
        return wilayah.cari(normal)
                .filter(w -> w.kode().length() == 2 || w.kode().length() == 4)
                .filter(w -> admin.mencakup(w.kode()))
                .orElseThrow(() -> normal == null || normal.isEmpty()
                        ? new RuleViolationException(
                                List.of(FieldProblem.of("kode", "validasi.wajib")), "validasi.wajib")
                        : new NotFoundException("sebutan.wilayahTidakSah", normal));
    }

    private static void periksa(FormSebutan form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> typed = form.isian();
        for (Map.Entry<String, Integer> k : KATA.entrySet()) {
            String v = FormSebutan.t(typed.get(k.getKey()));
            if (v.isEmpty()) {
                problems.add(FieldProblem.of(k.getKey(), "validasi.wajib"));
            } else if (v.length() > k.getValue()) {
                problems.add(FieldProblem.of(k.getKey(), "validasi.maks"));
            } else if (!v.matches("[\\p{L}0-9 .'/-]+")) {
                problems.add(FieldProblem.of(k.getKey(), "sebutan.hurufTidakSah"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "sebutan.tidakValid");
        }
    }

    private void isi(Model model, PenggunaSaatIni admin, String kode, FormSebutan typed) {
        Map<String, SebutanDesa> all = new LinkedHashMap<>();
        wilayah.semuaSebutan().forEach((k, v) -> {
            if (admin.lingkup().bersinggungan(k)) {
                all.put(k, v);
            }
        });
        model.addAttribute("daftar", all);
        model.addAttribute("nama", wilayah.semua(all.keySet()));
        model.addAttribute("kata", KATA.keySet());
        Map<String, String> f = new LinkedHashMap<>();
        if (typed != null) {
            f.putAll(typed.isian());
        } else if (kode != null && !kode.isBlank()) {
            String normal = KodeWilayah.normalisasi(kode);
            SebutanDesa s = all.getOrDefault(normal, wilayah.sebutan(normal));
            f.put("kode", normal);
            f.put("desa", s.desa());
            f.put("kepalaDesa", s.kepalaDesa());
            f.put("bpd", s.bpd());
            f.put("sekretaris", s.sekretaris());
            f.put("musyawarah", s.musyawarah());
            f.put("rpjm", s.rpjm());
            f.put("rkp", s.rkp());
            f.put("apb", s.apb());
            f.put("bum", s.bum());
            f.put("perdes", s.perdes());
        }
        model.addAttribute("f", f);
    }
}
