package id.pandudesa.dasbor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading a source's grouped query into the figures a {@link SumberDasbor} returns. */
public final class AngkaDasbor {

    private AngkaDasbor() {}

    /**
     * Rows of (group key, figure 1, figure 2, …) into figures named {@code ukuran} in the column order;
     * a NULL sum counts as zero.
     */
    public static Map<String, Map<String, Long>> baca(JdbcClient.StatementSpec query, List<String> ukuran) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        query.query(rs -> {
            Map<String, Long> row = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
            for (int i = 0; i < ukuran.size(); i++) {
                row.merge(ukuran.get(i), rs.getLong(i + 2), Long::sum);
            }
        });
        return out;
    }

    /** Rows of (group key, kind, count) into figures {@code awalan + "." + kind}, added to {@code into}. */
    public static Map<String, Map<String, Long>> bacaPerJenis(
            JdbcClient.StatementSpec query, String awalan, Map<String, Map<String, Long>> into) {
        query.query(rs -> {
            String jenis = rs.getString(2);
            if (jenis != null) {
                into.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .merge(awalan + "." + jenis, rs.getLong(3), Long::sum);
            }
        });
        return into;
    }

    /** Adds a second query's figures into the first's, group by group: {@code baca(…).forEach(ke(out))}. */
    public static java.util.function.BiConsumer<String, Map<String, Long>> ke(Map<String, Map<String, Long>> into) {
        return (group, figures) ->
                into.computeIfAbsent(group, k -> new TreeMap<>()).putAll(figures);
    }

    /** Adds {@code more} into {@code into}, group by group. */
    public static void gabung(Map<String, Map<String, Long>> into, Map<String, Map<String, Long>> more) {
        more.forEach(ke(into));
    }

    /** The keys {@code awalan.X} for every constant of an enum, for {@link SumberDasbor#ukuran()}. */
    public static List<String> perJenis(String awalan, Class<? extends Enum<?>> jenis) {
        return java.util.Arrays.stream(jenis.getEnumConstants())
                .map(e -> awalan + "." + e.name())
                .toList();
    }
}
