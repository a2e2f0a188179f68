package id.pandudesa.platform.privasi;

import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds a person in every table the modules declare ({@link SumberSubjek}) by name, phone or
 * e-mail inside a region scope, and corrects or anonymises one finding. The table and column names
 * come from the declarations only; what the admin typed is always a parameter.
 */
@Service
public class SubjekData {

    /** Placeholder of an anonymised name. */
    public static final String DIHAPUS = "(dihapus)";

    static final int MAKS_PER_TABEL = 500;

    /** Who is looked for: any of a name (whole, any case), a phone number (any format) or an e-mail. */
    public record Kriteria(String nama, String telepon, String email) {

        public Kriteria {
            nama = bersih(nama);
            telepon = bersih(telepon);
            email = bersih(email);
        }

        private static String bersih(String s) {
            return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
        }

        public boolean kosong() {
            return nama == null && telepon == null && email == null;
        }

        /** A phone number's digits as written with 0 and with 62 in front. */
        List<String> teleponVarian() {
            String d = telepon == null ? "" : telepon.replaceAll("[^0-9]", "");
            if (d.length() < 6) {
                return List.of();
            }
            if (d.startsWith("62")) {
                return List.of(d, "0" + d.substring(2));
            }
            if (d.startsWith("0")) {
                return List.of(d, "62" + d.substring(1));
            }
            return List.of(d);
        }
    }

    /** The region filter of the admin's scope, for a region-code expression. */
    @FunctionalInterface
    public interface SaringWilayah {
        Saring untuk(String ekspresi, String awalanParameter);

        record Saring(String sql, Map<String, Object> params) {}
    }

    /**
     * One row about the person: where (module, table, key), its region, the values of its name,
     * contact and context columns, and whether a request may anonymise it.
     */
    public record Temuan(
            String modul,
            String tabel,
            String ref,
            String kodeWilayah,
            Map<String, Object> isi,
            boolean bolehDianonimkan,
            String alasanTetap,
            List<String> bolehDikoreksi) {}

    private final InventarisDataPribadi inventaris;
    private final JdbcClient jdbc;
    private final Sandi sandi;

    SubjekData(InventarisDataPribadi inventaris, JdbcClient jdbc, Sandi sandi) {
        this.inventaris = inventaris;
        this.jdbc = jdbc;
        this.sandi = sandi;
    }

    /** Every row about the person inside the scope, by module and table. */
    public List<Temuan> cari(Kriteria k, SaringWilayah scope) {
        List<Temuan> out = new ArrayList<>();
        if (k.kosong()) {
            return out;
        }
        int n = 0;
        for (DeklarasiDataPribadi d : inventaris.deklarasi()) {
            for (SumberSubjek s : d.sumberSubjek()) {
                out.addAll(cari(d.modul(), s, k, scope, "w" + n++));
            }
        }
        return out;
    }

    private List<Temuan> cari(String modul, SumberSubjek s, Kriteria k, SaringWilayah scope, String prefix) {
        List<String> cond = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (k.nama() != null && s.nama() != null) {
            if (s.tersandi().containsKey(s.nama())) {
                cond.add("t." + s.tersandi().get(s.nama()) + " = :snama");
                params.put("snama", sandi.sidik(Sandi.namaNormal(k.nama())));
            } else {
                cond.add("LOWER(t." + s.nama() + ") = :nama");
                params.put("nama", k.nama().toLowerCase(Locale.ROOT));
            }
        }
        List<String> tel = k.teleponVarian();
        for (String c : s.kontak()) {
            if (s.tersandi().containsKey(c)) {
                List<String> fp = new ArrayList<>();
                if (!tel.isEmpty()) {
                    fp.add(sandi.sidik(Sandi.kontakNormal(tel.get(0))));
                }
                if (k.email() != null) {
                    fp.add(sandi.sidik(Sandi.kontakNormal(k.email())));
                }
                if (!fp.isEmpty()) {
                    cond.add("t." + s.tersandi().get(c) + " IN (:s" + c + ")");
                    params.put("s" + c, fp);
                }
                continue;
            }
            if (!tel.isEmpty()) {
                cond.add(digits("t." + c) + " IN (:tel)");
                params.put("tel", tel);
            }
            if (k.email() != null) {
                cond.add("LOWER(t." + c + ") = :email");
                params.put("email", k.email().toLowerCase(Locale.ROOT));
            }
        }
        if (cond.isEmpty()) {
            return List.of();
        }
        SaringWilayah.Saring f = scope.untuk("(" + s.wilayah() + ")", prefix);
        params.putAll(f.params());
        Set<String> cols = new LinkedHashSet<>(s.kunci());
        if (s.nama() != null) {
            cols.add(s.nama());
        }
        cols.addAll(s.kontak());
        cols.addAll(s.tampil());
        String select = String.join(", ", cols.stream().map(c -> "t." + c).toList());
        String sql = "SELECT " + select + ", (" + s.wilayah() + ") AS wilayah_temuan FROM " + s.tabel() + " t WHERE ("
                + String.join(" OR ", cond) + ") AND " + f.sql() + " ORDER BY "
                + String.join(", ", s.kunci().stream().map(c -> "t." + c).toList()) + " FETCH FIRST " + MAKS_PER_TABEL
                + " ROWS ONLY";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> {
                    Map<String, Object> isi = new LinkedHashMap<>();
                    for (String c : cols) {
                        Object v = rs.getObject(c);
                        isi.put(
                                c,
                                v instanceof java.sql.Timestamp ts
                                        ? ts.toInstant().toString()
                                        : v == null
                                                ? null
                                                : s.tersandi().containsKey(c)
                                                        ? sandi.dekripsi(v.toString())
                                                        : v.toString());
                    }
                    StringBuilder ref = new StringBuilder(s.tabel());
                    for (String key : s.kunci()) {
                        ref.append('|').append(isi.get(key));
                    }
                    return new Temuan(
                            modul,
                            s.tabel(),
                            ref.toString(),
                            rs.getString("wilayah_temuan"),
                            isi,
                            s.bolehDianonimkan(),
                            s.alasanTetap(),
                            s.bolehDikoreksi());
                })
                .list();
    }

    /** A phone column's digits: the separators people type removed (the same on H2 and PostgreSQL). */
    static String digits(String col) {
        return "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(" + col
                + ", ' ', ''), '-', ''), '+', ''), '.', ''), '(', ''), ')', '')";
    }

    /** The finding {@code ref} among the person's findings in the scope (404 otherwise). */
    public Temuan satu(String ref, Kriteria k, SaringWilayah scope) {
        return cari(k, scope).stream()
                .filter(t -> t.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("subjek.temuanTidakAda"));
    }

    /** Anonymises one finding in place: its name becomes {@value #DIHAPUS}, its contacts are cleared. */
    public void anonimkan(Temuan t) {
        SumberSubjek s = sumber(t.tabel());
        if (!s.bolehDianonimkan()) {
            throw new ForbiddenException("subjek.tetap." + s.alasanTetap());
        }
        List<String> set = new ArrayList<>();
        if (s.nama() != null) {
            set.add(s.nama() + " = :x");
        }
        s.kontak().forEach(c -> set.add(c + " = NULL"));
        s.tersandi().values().forEach(c -> set.add(c + " = NULL"));
        update(s, t, String.join(", ", set), Map.of("x", DIHAPUS));
    }

    /** Sets one name or contact column of a finding to the corrected value. */
    public void koreksi(Temuan t, String kolom, String nilai) {
        SumberSubjek s = sumber(t.tabel());
        if (!s.bolehDikoreksi().contains(kolom)) {
            throw new NotFoundException("subjek.kolomTidakAda");
        }
        if (s.tersandi().containsKey(kolom)) {
            String fp = kolom.equals(s.nama())
                    ? sandi.sidik(Sandi.namaNormal(nilai))
                    : sandi.sidik(Sandi.kontakNormal(nilai));
            update(
                    s,
                    t,
                    kolom + " = :v, " + s.tersandi().get(kolom) + " = :fp",
                    Map.of("v", sandi.enkripsi(nilai), "fp", fp));
            return;
        }
        update(s, t, kolom + " = :v", java.util.Collections.singletonMap("v", nilai));
    }

    private void update(SumberSubjek s, Temuan t, String set, Map<String, Object> values) {
        String[] key = t.ref().split("\\|", -1);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>(values);
        for (int i = 0; i < s.kunci().size(); i++) {
            where.append(i == 0 ? "" : " AND ")
                    .append(s.kunci().get(i))
                    .append(" = :k")
                    .append(i);
            params.put("k" + i, Long.parseLong(key[i + 1]));
        }
        jdbc.sql("UPDATE " + s.tabel() + " SET " + set + " WHERE " + where)
                .params(params)
                .update();
    }

    private SumberSubjek sumber(String tabel) {
        return inventaris.deklarasi().stream()
                .flatMap(d -> d.sumberSubjek().stream())
                .filter(s -> s.tabel().equals(tabel))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("subjek.temuanTidakAda"));
    }
}
