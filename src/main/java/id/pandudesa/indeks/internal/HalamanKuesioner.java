package id.pandudesa.indeks.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a questionnaire page shows: the life cycle's part (status, versions, who may fill, submit
 * or review) is the same for every index; the questions and the live figures are the index's own.
 */
@Component
class HalamanKuesioner {

    static final String VIEW_IDM = "indeks/kuesioner";
    static final String VIEW_INDEKS_DESA = "indeks/kuesioner-indeks-desa";

    private final IdmService idm;
    private final KuesionerService questionnaires;
    private final KatalogIndeks catalogues;
    private final KuesionerIdm kuesionerIdm;
    private final KuesionerIndeksDesa kuesionerIndeksDesa;

    HalamanKuesioner(
            IdmService idm,
            KuesionerService questionnaires,
            KatalogIndeks catalogues,
            KuesionerIdm kuesionerIdm,
            KuesionerIndeksDesa kuesionerIndeksDesa) {
        this.idm = idm;
        this.questionnaires = questionnaires;
        this.catalogues = catalogues;
        this.kuesionerIdm = kuesionerIdm;
        this.kuesionerIndeksDesa = kuesionerIndeksDesa;
    }

    String view(JenisKuesioner kind) {
        return kind instanceof KuesionerIndeksDesa ? VIEW_INDEKS_DESA : VIEW_IDM;
    }

    /** Fills the page of a desa-year with {@code answers} in its fields; returns the view to render. */
    String isi(
            Model model,
            String kode,
            int tahun,
            PenggunaSaatIni me,
            List<Kuesioner> versions,
            Map<String, String> answers) {
        Kuesioner latest = versions.stream().findFirst().orElse(null);
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("tahun", tahun);
        model.addAttribute("versi", versions);
        model.addAttribute("q", latest);
        model.addAttribute("jawaban", answers);
        boolean filler = KuesionerService.PENGISI.contains(me.peran());
        String status = latest == null ? "BARU" : latest.status().name();
        model.addAttribute("status", status);
        model.addAttribute("bolehIsi", filler && (status.equals("BARU") || status.equals("DRAF")));
        model.addAttribute("bolehVersiBaru", filler && status.equals("FINAL"));
        model.addAttribute(
                "bolehTinjau",
                KuesionerService.PENINJAU.contains(me.peran())
                        && status.equals("DIAJUKAN")
                        && !me.username().equals(latest.diajukanOleh()));
        JenisKuesioner kind = questionnaires.jenis(versions, tahun);
        isiJenis(model, kind, answers);
        return view(kind);
    }

    /** The live panel's fragment for answers not yet stored. */
    String langsung(Model model, JenisKuesioner kind, Map<String, String> answers) {
        isiJenis(model, kind, answers);
        model.addAttribute("langsung", true);
        return view(kind) + " :: langsung";
    }

    private void isiJenis(Model model, JenisKuesioner kind, Map<String, String> answers) {
        if (kind instanceof KuesionerIndeksDesa) {
            KatalogIndeksDesa k = catalogues.indeksDesa().katalog();
            model.addAttribute("katalog", k);
            model.addAttribute("butirPerDimensi", butirPerDimensi(k));
            KuesionerIndeksDesa.Sementara sementara = kuesionerIndeksDesa.sementaraDari(answers);
            model.addAttribute("sementara", sementara);
            model.addAttribute("dimensiTerbuka", dimensiTerbuka(k, sementara, model.getAttribute("galatKolom")));
            return;
        }
        Map<String, PenilaiKatalog.SkorIndikator> scores = kuesionerIdm.nilai(answers);
        model.addAttribute("katalog", catalogues.idm().katalog());
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("skorIndikator", scores);
        model.addAttribute("ringkas", ringkas(scores));
    }

    /**
     * The dimensions the page opens: each with a refused answer, else the first with an item
     * unanswered (the first one when all are answered); the others stay folded on a small screen.
     */
    private static java.util.Set<String> dimensiTerbuka(
            KatalogIndeksDesa k, KuesionerIndeksDesa.Sementara sementara, Object fieldErrors) {
        java.util.Set<String> open = new java.util.HashSet<>();
        if (fieldErrors instanceof Map<?, ?> errors) {
            k.butir().stream().filter(b -> errors.containsKey(b.isian())).forEach(b -> open.add(b.dimensi()));
        }
        if (open.isEmpty()) {
            int[] count = k.jumlahButirPerDimensi();
            for (int i = 0; i < count.length && open.isEmpty(); i++) {
                String d = k.dimensi().get(i).kode();
                if (sementara.terjawabPerDimensi().get(d) < count[i]) {
                    open.add(d);
                }
            }
        }
        if (open.isEmpty()) {
            open.add(k.dimensi().getFirst().kode());
        }
        return open;
    }

    /** The items of each dimension, in the catalogue's order (the page's sections). */
    private static Map<String, List<KatalogIndeksDesa.Butir>> butirPerDimensi(KatalogIndeksDesa k) {
        Map<String, List<KatalogIndeksDesa.Butir>> out = new java.util.LinkedHashMap<>();
        k.dimensi().forEach(d -> out.put(d.kode(), new java.util.ArrayList<>()));
        k.butir().forEach(b -> out.get(b.dimensi()).add(b));
        return out;
    }

    /** Answered count and, when all 50 are scored, the IDM the answers give. */
    record Ringkas(int terjawab, int jumlah, HasilIdm hasil) {}

    private Ringkas ringkas(Map<String, PenilaiKatalog.SkorIndikator> scores) {
        HasilIdm result = null;
        if (scores.size() == IdmCalculator.JUMLAH_INDIKATOR) {
            int[] s = new int[IdmCalculator.JUMLAH_INDIKATOR];
            List<Katalog.Indikator> list = catalogues.idm().katalog().indikator();
            for (int i = 0; i < s.length; i++) {
                s[i] = scores.get(list.get(i).kode()).skor();
            }
            result = IdmCalculator.hitung(s);
        }
        return new Ringkas(scores.size(), IdmCalculator.JUMLAH_INDIKATOR, result);
    }
}
