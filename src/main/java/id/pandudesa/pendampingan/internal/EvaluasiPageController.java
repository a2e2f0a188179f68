package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The evaluation pages: whose turn it is, one person's quarter with its forms, the answer. */
@Controller
class EvaluasiPageController {

    private final EvaluasiService service;
    private final AkunApi akun;

    EvaluasiPageController(EvaluasiService service, AkunApi akun) {
        this.service = service;
        this.akun = akun;
    }

    @GetMapping("/evaluasi")
    String index(@RequestParam(required = false) String triwulan, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        AturanEvaluasi.Triwulan t = triwulan == null ? service.triwulanBerjalan() : EvaluasiService.triwulan(triwulan);
        model.addAttribute("saya", me);
        model.addAttribute("triwulan", t.toString());
        model.addAttribute("sebelumnya", t.sebelumnya().toString());
        model.addAttribute("dinilai", AturanEvaluasi.DINILAI.contains(me.peran()));
        model.addAttribute("calon", service.dinilaiOleh(me, t));
        model.addAttribute(
                "bolehPeringkat",
                me.peran() == id.pandudesa.akun.Peran.TA || me.peran() == id.pandudesa.akun.Peran.ADMIN);
        return "pendampingan/evaluasi-index";
    }

    @GetMapping("/evaluasi/{username}/{triwulan}")
    String lihat(@PathVariable String username, @PathVariable String triwulan, Model model) {
        isi(model, username, triwulan, akun.wajibSaatIni(), null);
        return "pendampingan/evaluasi";
    }

    /** The assessment form as typed. */
    record FormNilai(
            String administrasi,
            String kepatuhan,
            String kemampuanFasilitasi,
            String keaktifan,
            String capaianHasil,
            String catatan)
            implements Formulir {

        Map<String, Integer> nilai() {
            Map<String, Integer> out = new LinkedHashMap<>();
            out.put("ADMINISTRASI", Isian.bulat(administrasi, "administrasi"));
            out.put("KEPATUHAN", Isian.bulat(kepatuhan, "kepatuhan"));
            out.put("KEMAMPUAN_FASILITASI", Isian.bulat(kemampuanFasilitasi, "kemampuanFasilitasi"));
            out.put("KEAKTIFAN", Isian.bulat(keaktifan, "keaktifan"));
            out.put("CAPAIAN_HASIL", Isian.bulat(capaianHasil, "capaianHasil"));
            return out;
        }
    }

    @PostMapping("/evaluasi/{username}/{triwulan}/{sebagai}")
    String nilai(
            @PathVariable String username,
            @PathVariable String triwulan,
            @PathVariable String sebagai,
            FormNilai form,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    service.nilai(username, triwulan, sebagai, form.nilai(), form.catatan(), me);
                    return "evaluasi.tersimpan";
                },
                "/evaluasi/" + username + "/" + triwulan,
                "pendampingan/evaluasi",
                () -> isi(pageAction.model(), username, triwulan, me, form));
    }

    @PostMapping("/evaluasi/{username}/{triwulan}/tanggapan")
    String tanggapi(
            @PathVariable String username,
            @PathVariable String triwulan,
            @RequestParam(required = false) String tanggapan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    service.tanggapi(username, triwulan, tanggapan, me);
                    return "evaluasi.tanggapanTersimpan";
                },
                "/evaluasi/" + username + "/" + triwulan,
                "pendampingan/evaluasi",
                () -> isi(pageAction.model(), username, triwulan, me, null));
    }

    private void isi(Model model, String username, String triwulan, PenggunaSaatIni me, FormNilai typed) {
        EvaluasiService.Tampilan v = service.lihat(username, triwulan, me);
        model.addAttribute("v", v);
        model.addAttribute("e", v.evaluasi().orElse(null));
        model.addAttribute("saya", me);
        List<String> kinds = new ArrayList<>();
        for (AturanEvaluasi.Sebagai kind : AturanEvaluasi.Sebagai.values()) {
            if (AturanEvaluasi.tolak(me, v.orang(), kind).isEmpty()) {
                kinds.add(kind.name());
            }
        }
        model.addAttribute("bolehMenilai", kinds);
        model.addAttribute("aspek", EvaluasiService.ASPEK);
        Map<String, String> f = new LinkedHashMap<>();
        if (typed != null) {
            f.putAll(typed.isian());
        } else {
            v.evaluasi()
                    .flatMap(e -> e.penilaian().stream()
                            .filter(p -> p.penilai().equals(me.username()))
                            .findFirst())
                    .ifPresent(p -> {
                        f.put("administrasi", Integer.toString(p.administrasi()));
                        f.put("kepatuhan", Integer.toString(p.kepatuhan()));
                        f.put("kemampuanFasilitasi", Integer.toString(p.kemampuanFasilitasi()));
                        f.put("keaktifan", Integer.toString(p.keaktifan()));
                        f.put("capaianHasil", Integer.toString(p.capaianHasil()));
                        f.put("catatan", p.catatan() == null ? "" : p.catatan());
                    });
        }
        model.addAttribute("f", f);
        model.addAttribute("bobot", service.bobot());
        model.addAttribute("milikSaya", v.orang().username().equals(me.username()));
    }
}
