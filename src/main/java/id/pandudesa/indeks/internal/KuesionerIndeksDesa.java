package id.pandudesa.indeks.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Indeks Desa questionnaire (data years from the catalogue's first, 2024): one answer per item,
 * the item's score, and only a score the item allows. The field of item {@code n} is {@code b<n>}.
 */
@Component
class KuesionerIndeksDesa implements JenisKuesioner {

    private final KatalogIndeks catalogues;
    private final IndeksDesaService indeksDesa;

    KuesionerIndeksDesa(KatalogIndeks catalogues, IndeksDesaService indeksDesa) {
        this.catalogues = catalogues;
        this.indeksDesa = indeksDesa;
    }

    /**
     * The figures of answers so far: unanswered items count at their lowest score, so the running
     * score only rises as answers come and is the result itself once every item is answered.
     */
    record Sementara(int terjawab, int jumlah, HasilIndeksDesa hasil, Map<String, Integer> terjawabPerDimensi) {
        public boolean lengkap() {
            return terjawab == jumlah;
        }
    }

    private KatalogIndeksDesa k() {
        return catalogues.indeksDesa().katalog();
    }

    @Override
    public String katalog() {
        return k().kode() + "-" + k().versi();
    }

    @Override
    public boolean untukTahun(int tahun) {
        return tahun >= k().berlakuMulaiTahun();
    }

    @Override
    public List<String> isian() {
        return k().butir().stream().map(KatalogIndeksDesa.Butir::isian).toList();
    }

    @Override
    public Map<String, Object> baca(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (KatalogIndeksDesa.Butir b : k().butir()) {
            String value = raw.get(b.isian());
            if (value == null || value.isBlank()) {
                continue;
            }
            Integer score = null;
            try {
                score = Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                // refused below
            }
            if (score == null || !b.sah(score)) {
                problems.add(FieldProblem.of(
                        b.isian(), "kuesionerIndeksDesa.skorTidakSah", b.no() + ". " + b.judul(), teks(b)));
            } else {
                answers.put(b.isian(), score);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kuesioner.jawabanTidakValid", problems.size());
        }
        return answers;
    }

    private static String teks(KatalogIndeksDesa.Butir b) {
        return String.join(", ", b.skorSah().stream().map(String::valueOf).toList());
    }

    @Override
    public List<FieldProblem> belumDijawab(Map<String, Object> answers) {
        List<FieldProblem> missing = new ArrayList<>();
        for (KatalogIndeksDesa.Butir b : k().butir()) {
            if (!answers.containsKey(b.isian())) {
                missing.add(FieldProblem.of(b.isian(), "kuesioner.belumDijawab", b.no() + ". " + b.judul()));
            }
        }
        return missing;
    }

    @Override
    public String pesanBelumLengkap() {
        return "kuesionerIndeksDesa.belumLengkap";
    }

    @Override
    public void simpanHasil(Kuesioner approved, Map<String, Object> answers, Instant now) {
        indeksDesa.simpanDariKuesioner(
                approved.kodeDesa(), approved.tahun(), skor(answers), approved.id(), approved.nomor());
    }

    /** The running figures of (possibly partial) answers, as the form shows them. */
    Sementara sementara(Map<String, Object> answers) {
        int[] scores = new int[k().butir().size()];
        int answered = 0;
        Map<String, Integer> perDimension = new LinkedHashMap<>();
        k().dimensi().forEach(d -> perDimension.put(d.kode(), 0));
        for (int i = 0; i < scores.length; i++) {
            KatalogIndeksDesa.Butir b = k().butir().get(i);
            Object v = answers.get(b.isian());
            if (v instanceof Number n && b.sah(n.intValue())) {
                scores[i] = n.intValue();
                answered++;
                perDimension.merge(b.dimensi(), 1, Integer::sum);
            } else {
                scores[i] = b.skorSah().getFirst();
            }
        }
        return new Sementara(answered, scores.length, catalogues.indeksDesa().hitung(scores), perDimension);
    }

    /** As {@link #sementara(Map)} from the form's raw values, leaving out any that is not an allowed score. */
    Sementara sementaraDari(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (KatalogIndeksDesa.Butir b : k().butir()) {
            String v = raw.get(b.isian());
            if (v != null && v.trim().matches("[0-9]") && b.sah(Integer.parseInt(v.trim()))) {
                answers.put(b.isian(), Integer.parseInt(v.trim()));
            }
        }
        return sementara(answers);
    }

    /** The scores of complete answers, in the catalogue's order. */
    int[] skor(Map<String, Object> answers) {
        int[] out = new int[k().butir().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) answers.get(k().butir().get(i).isian())).intValue();
        }
        return out;
    }
}
