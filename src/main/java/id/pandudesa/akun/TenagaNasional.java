package id.pandudesa.akun;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synthetic national workforce of the benchmark generator (profile {@code generator}): a PLD
 * for every three desa of a kecamatan, a PD per kecamatan, a TA per kabupaten. One definition, so
 * the accounts (akun) and the logs (pendampingan) the generator writes agree.
 */
public final class TenagaNasional {

    /** Password of every generated account; each also has the API token {@code pd_bench_<username>}. */
    public static final String PASSWORD = "pandu-bench";

    private TenagaNasional() {}

    /** One generated facilitator and the region codes they serve. */
    public record Tugas(String username, Peran peran, List<String> kode) {}

    /** The workforce for all desa codes, given in code order. */
    public static List<Tugas> pembagian(List<String> desaCodes) {
        List<Tugas> out = new ArrayList<>();
        Set<String> kabupaten = new LinkedHashSet<>();
        List<String> group = new ArrayList<>();
        String kecamatan = null;
        for (String code : desaCodes) {
            String kec = code.substring(0, 6);
            if (!kec.equals(kecamatan)) {
                flush(group, out);
                kecamatan = kec;
                out.add(new Tugas("gen.pd." + kec, Peran.PD, List.of(kec)));
                kabupaten.add(code.substring(0, 4));
            }
            group.add(code);
            if (group.size() == 3) {
                flush(group, out);
            }
        }
        flush(group, out);
        for (String kab : kabupaten) {
            out.add(new Tugas("gen.ta." + kab, Peran.TA, List.of(kab)));
        }
        return out;
    }

    private static void flush(List<String> group, List<Tugas> out) {
        if (!group.isEmpty()) {
            out.add(new Tugas("gen.pld." + group.getFirst(), Peran.PLD, List.copyOf(group)));
            group.clear();
        }
    }
}
