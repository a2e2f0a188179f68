package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a Musdes orders the proposals: by ranking (1 is first), by a score against agreed criteria
 * (higher first) or by counting votes (more first, never more than the voters present). Equal
 * values share a place (1, 2, 2, 4); the proposals placed within the quota are prioritised.
 */
public final class Prioritas {

    public enum Metode {
        PERINGKAT,
        SKOR,
        VOTING
    }

    record Hasil(long usulanId, int nilai, int peringkat, boolean prioritas) {}

    static final int MAKS_SKOR = 1_000;

    private Prioritas() {}

    /**
     * @param nilai the value given to each proposal, by id, in the order shown
     * @param kuota how many proposals the desa can take into the RKPDes
     * @param pemilih voters present at the meeting (for {@link Metode#VOTING})
     */
    static List<Hasil> urutkan(Metode metode, Map<Long, Integer> nilai, int kuota, int pemilih) {
        List<FieldProblem> problems = new ArrayList<>();
        if (metode == null) {
            problems.add(FieldProblem.of("metode", "usulan.prioritas.metodeWajib"));
        }
        if (nilai.isEmpty()) {
            problems.add(FieldProblem.of("nilai", "usulan.prioritas.kosong"));
        }
        if (kuota < 1) {
            problems.add(FieldProblem.of("kuota", "usulan.prioritas.kuotaWajib"));
        }
        int row = 0;
        for (Integer v : nilai.values()) {
            row++;
            if (v == null) {
                problems.add(new FieldProblem("nilai", row, "usulan.prioritas.nilaiWajib"));
            } else if (metode == Metode.PERINGKAT && (v < 1 || v > nilai.size())) {
                problems.add(new FieldProblem("nilai", row, "usulan.prioritas.peringkatTidakValid", nilai.size()));
            } else if (metode == Metode.SKOR && (v < 0 || v > MAKS_SKOR)) {
                problems.add(new FieldProblem("nilai", row, "usulan.prioritas.skorTidakValid", MAKS_SKOR));
            } else if (metode == Metode.VOTING && v < 0) {
                problems.add(new FieldProblem("nilai", row, "usulan.prioritas.suaraNegatif"));
            } else if (metode == Metode.VOTING && v > pemilih) {
                problems.add(new FieldProblem("nilai", row, "usulan.prioritas.suaraMelebihiPemilih", v, pemilih));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey(), argsOf(problems.getFirst()));
        }
        Comparator<Map.Entry<Long, Integer>> order = metode == Metode.PERINGKAT
                ? Map.Entry.comparingByValue()
                : Map.Entry.<Long, Integer>comparingByValue().reversed();
        List<Map.Entry<Long, Integer>> sorted =
                nilai.entrySet().stream().sorted(order).toList();
        List<Hasil> out = new ArrayList<>();
        int place = 0;
        Integer previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<Long, Integer> e = sorted.get(i);
            if (!e.getValue().equals(previous)) {
                place = i + 1;
                previous = e.getValue();
            }
            out.add(new Hasil(e.getKey(), e.getValue(), place, place <= kuota));
        }
        return out;
    }

    private static Object[] argsOf(FieldProblem p) {
        return p.args();
    }
}
