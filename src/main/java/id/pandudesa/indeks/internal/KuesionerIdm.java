package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The IDM questionnaire (data years up to 2023): raw facts per question, scored by the catalogue's rules. */
@Component
public class KuesionerIdm implements JenisKuesioner {

    private final KatalogIndeks catalogues;
    private final HasilRepository results;
    private final AuditTrail audit;

    KuesionerIdm(KatalogIndeks catalogues, HasilRepository results, AuditTrail audit) {
        this.catalogues = catalogues;
        this.results = results;
        this.audit = audit;
    }

    @Override
    public String katalog() {
        return catalogues.idm().katalog().id();
    }

    @Override
    public boolean untukTahun(int tahun) {
        // The IDM measures the data years before the Indeks Desa's first.
        return tahun < catalogues.indeksDesa().katalog().berlakuMulaiTahun();
    }

    @Override
    public List<String> isian() {
        return catalogues.idm().pertanyaan().stream()
                .map(Katalog.Pertanyaan::kode)
                .toList();
    }

    @Override
    public Map<String, Object> baca(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Katalog.Pertanyaan q : catalogues.idm().pertanyaan()) {
            String value = raw.get(q.kode());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                answers.put(q.kode(), nilaiJawaban(q, value.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(q.kode(), e.getMessage(), q.teks()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kuesioner.jawabanTidakValid", problems.size());
        }
        return answers;
    }

    @Override
    public List<FieldProblem> belumDijawab(Map<String, Object> answers) {
        Map<String, PenilaiKatalog.SkorIndikator> scores = catalogues.idm().nilai(answers);
        List<FieldProblem> missing = new ArrayList<>();
        for (Katalog.Indikator ind : catalogues.idm().katalog().indikator()) {
            if (!scores.containsKey(ind.kode())) {
                missing.add(FieldProblem.of(ind.pertanyaan().getFirst().kode(), "kuesioner.belumDijawab", ind.nama()));
            }
        }
        return missing;
    }

    @Override
    public void simpanHasil(Kuesioner approved, Map<String, Object> answers, Instant now) {
        int[] scores = skor(answers);
        HasilIndeks.Resmi official = results.cari(approved.kodeDesa(), approved.tahun())
                .map(HasilIndeks::resmi)
                .orElse(null);
        HasilIndeks result = new HasilIndeks(
                approved.kodeDesa(),
                approved.tahun(),
                approved.katalog(),
                HasilIndeks.SUMBER_KUESIONER,
                scores,
                IdmCalculator.hitung(scores),
                official,
                approved.id(),
                now);
        results.simpanSemua(List.of(result));
        audit.record(
                AuditAction.UBAH,
                "indeks.HasilIndeks",
                approved.kodeDesa() + "/" + approved.tahun(),
                approved.kodeDesa(),
                null,
                Map.of(
                        "sumber",
                        "KUESIONER versi " + approved.nomor(),
                        "skor",
                        result.skorTeks(),
                        "status",
                        result.hasil().status().name()));
    }

    /** The scores that answers give so far (the form's live panel; nothing is stored). */
    Map<String, PenilaiKatalog.SkorIndikator> nilai(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Katalog.Pertanyaan q : catalogues.idm().pertanyaan()) {
            String value = raw.get(q.kode());
            if (value != null && !value.isBlank()) {
                try {
                    answers.put(q.kode(), nilaiJawaban(q, value.trim()));
                } catch (IllegalArgumentException ignored) {
                    // The field shows its own message on save; the panel just leaves it out.
                }
            }
        }
        return catalogues.idm().nilai(answers);
    }

    int[] skor(Map<String, Object> answers) {
        Map<String, PenilaiKatalog.SkorIndikator> scores = catalogues.idm().nilai(answers);
        int[] out = new int[IdmCalculator.JUMLAH_INDIKATOR];
        List<Katalog.Indikator> indicators = catalogues.idm().katalog().indikator();
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(indicators.get(i).kode()).skor();
        }
        return out;
    }

    /** A raw answer as the rules use it; the exception message is a message key. */
    public static Object nilaiJawaban(Katalog.Pertanyaan q, String value) {
        switch (q.jenis()) {
            case "ANGKA" -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("kuesioner.bukanAngka");
                }
                if ((q.min() != null && number.compareTo(q.min()) < 0)
                        || (q.maks() != null && number.compareTo(q.maks()) > 0)) {
                    throw new IllegalArgumentException("kuesioner.diLuarRentang");
                }
                return number.doubleValue();
            }
            case "YA_TIDAK" -> {
                if (value.equalsIgnoreCase("YA") || value.equalsIgnoreCase("true")) {
                    return true;
                }
                if (value.equalsIgnoreCase("TIDAK") || value.equalsIgnoreCase("false")) {
                    return false;
                }
                throw new IllegalArgumentException("kuesioner.pilihYaTidak");
            }
            case "PILIHAN" -> {
                if (q.opsi().stream().noneMatch(o -> o.kode().equals(value))) {
                    throw new IllegalArgumentException("kuesioner.pilihanTidakDikenal");
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown question type " + q.jenis());
        }
    }
}
