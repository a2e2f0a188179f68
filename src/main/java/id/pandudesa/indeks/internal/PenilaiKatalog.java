package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Applies a catalogue: raw answers → indicator scores (its rules, as SpEL conditions evaluated in a
 * read-only context with the answers as variables), and scores → dimension indices, the index and
 * the status (cut-offs compared in exact decimal arithmetic).
 */
public final class PenilaiKatalog {

    private static final MathContext PRESISI = new MathContext(34);

    private final Katalog katalog;
    private final Map<String, Expression> derived = new LinkedHashMap<>();
    private final Map<String, List<Expression>> conditions = new HashMap<>();
    private final Map<String, Katalog.Pertanyaan> questions = new LinkedHashMap<>();

    public PenilaiKatalog(Katalog katalog) {
        this.katalog = katalog;
        SpelExpressionParser parser = new SpelExpressionParser();
        for (Katalog.Turunan t : katalog.turunan() == null ? List.<Katalog.Turunan>of() : katalog.turunan()) {
            derived.put(t.kode(), parser.parseExpression(t.rumus()));
        }
        for (Katalog.Indikator ind : katalog.indikator()) {
            List<Expression> list = new ArrayList<>();
            for (Katalog.Aturan a : ind.aturan()) {
                list.add(parser.parseExpression(a.syarat()));
            }
            conditions.put(ind.kode(), list);
            ind.pertanyaan().forEach(q -> questions.putIfAbsent(q.kode(), q));
        }
    }

    public Katalog katalog() {
        return katalog;
    }

    /** Every question once (a question shared by two indicators is asked once), in catalogue order. */
    public List<Katalog.Pertanyaan> pertanyaan() {
        return List.copyOf(questions.values());
    }

    public Optional<Katalog.Pertanyaan> pertanyaan(String kode) {
        return Optional.ofNullable(questions.get(kode));
    }

    /** The score an indicator gets, with the rule that gave it; empty until its questions are answered. */
    public record SkorIndikator(Katalog.Indikator indikator, Katalog.Aturan aturan) {

        public int skor() {
            return aturan.skor();
        }
    }

    /** Scores every indicator whose questions are all answered. Answers are numbers, booleans or option codes. */
    public Map<String, SkorIndikator> nilai(Map<String, Object> jawaban) {
        SimpleEvaluationContext context =
                SimpleEvaluationContext.forReadOnlyDataBinding().build();
        jawaban.forEach(context::setVariable);
        for (Map.Entry<String, Expression> d : derived.entrySet()) {
            try {
                context.setVariable(d.getKey(), d.getValue().getValue(context));
            } catch (RuntimeException e) {
                // A ratio whose inputs are not answered yet stays unknown.
            }
        }
        Map<String, SkorIndikator> out = new LinkedHashMap<>();
        for (Katalog.Indikator ind : katalog.indikator()) {
            boolean complete = ind.pertanyaan().stream().allMatch(q -> jawaban.get(q.kode()) != null);
            if (!complete) {
                continue;
            }
            aturanYangBerlaku(ind, context).ifPresent(a -> out.put(ind.kode(), new SkorIndikator(ind, a)));
        }
        return out;
    }

    private Optional<Katalog.Aturan> aturanYangBerlaku(Katalog.Indikator ind, EvaluationContext context) {
        List<Expression> list = conditions.get(ind.kode());
        for (int i = 0; i < list.size(); i++) {
            Boolean holds = list.get(i).getValue(context, Boolean.class);
            if (Boolean.TRUE.equals(holds)) {
                return Optional.of(ind.aturan().get(i));
            }
        }
        return Optional.empty();
    }

    /** The scores each indicator can take under this catalogue. */
    public List<Integer> skorDiizinkan(int indexIndikator) {
        return katalog.indikator().get(indexIndikator).aturan().stream()
                .map(Katalog.Aturan::skor)
                .distinct()
                .sorted()
                .toList();
    }

    /** The rule (wording, recommendation, actors) of an indicator at a score, if the catalogue has one. */
    Optional<Katalog.Aturan> aturan(int indexIndikator, int skor) {
        return katalog.indikator().get(indexIndikator).aturan().stream()
                .filter(a -> a.skor() == skor)
                .findFirst();
    }

    /** Dimension indices, the index (mean of the dimensions) and the status, in exact decimal arithmetic. */
    record Agregat(Map<String, BigDecimal> dimensi, BigDecimal indeks, Katalog.Status status) {}

    Agregat agregat(int[] skor) {
        if (skor.length != katalog.indikator().size()) {
            throw new IllegalArgumentException("expected " + katalog.indikator().size() + " scores");
        }
        Map<String, Integer> sums = new LinkedHashMap<>();
        katalog.dimensi().forEach(d -> sums.put(d.kode(), 0));
        for (int i = 0; i < skor.length; i++) {
            sums.merge(katalog.indikator().get(i).dimensi(), skor[i], Integer::sum);
        }
        Map<String, BigDecimal> indices = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Katalog.Dimensi d : katalog.dimensi()) {
            BigDecimal value = BigDecimal.valueOf(sums.get(d.kode())).divide(BigDecimal.valueOf(d.pembagi()), PRESISI);
            indices.put(d.kode(), value);
            total = total.add(value);
        }
        if (!"RERATA_DIMENSI".equals(katalog.agregasi())) {
            throw new IllegalStateException("unknown aggregation " + katalog.agregasi());
        }
        BigDecimal index = total.divide(BigDecimal.valueOf(katalog.dimensi().size()), PRESISI);
        Katalog.Status status = katalog.status().stream()
                .filter(s -> s.batasAtas() == null || index.compareTo(s.batasAtas()) <= 0)
                .findFirst()
                .orElseThrow();
        return new Agregat(indices, index, status);
    }
}
