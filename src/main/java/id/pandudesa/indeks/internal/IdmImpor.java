package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.indeks.StatusIdm;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.wilayah.KodeWilayah;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads IDM rows in the published layout ({@code kode_desa,tahun,s01..s50}, official result columns
 * {@code iks,ike,ikl,idm,status} optional; other columns ignored) from CSV or Excel, and checks
 * every row before anything is stored: the desa exists (and lies in the importer's scope), the year,
 * each score one the indicator can take, no desa-year twice.
 */
public final class IdmImpor {

    public static final List<String> SCORE_COLUMNS = scoreColumns();

    private IdmImpor() {}

    /** One parsed row: 1-based data row number, the desa, the year, the scores, official figures. */
    record Baris(int nomor, String kodeDesa, int tahun, int[] skor, HasilIndeks.Resmi resmi) {}

    /** The rows and every problem found; nothing is stored unless {@code masalah} is empty. */
    record Hasil(List<Baris> baris, List<FieldProblem> masalah) {}

    static List<String> scoreColumns() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            out.add(String.format("s%02d", i));
        }
        return List.copyOf(out);
    }

    /**
     * Parses and checks every row.
     *
     * @param desaAda whether a code names an existing desa (kelurahan are not scored)
     * @param lingkup the importer's scope; null for a stateless computation
     */
    static Hasil baca(
            TabelMasuk source, PenilaiKatalog katalog, Predicate<String> desaAda, Lingkup lingkup, int maxRows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> header = source.header();
        for (String required : requiredColumns()) {
            if (!header.contains(required)) {
                problems.add(new FieldProblem(required, 0, "idm.impor.kolomHilang", required));
            }
        }
        if (!problems.isEmpty()) {
            return new Hasil(List.of(), problems);
        }
        List<Baris> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (Map<String, String> row : source.rows()) {
            number++;
            if (number > maxRows) {
                problems.add(new FieldProblem("kode_desa", number, "idm.impor.terlaluBanyak", maxRows));
                break;
            }
            if (problems.size() > 1000) {
                break;
            }
            String code = KodeWilayah.normalisasi(row.get("kode_desa"));
            int year = 0;
            boolean ok = true;
            if (!code.matches("\\d{10}") || !desaAda.test(code)) {
                problems.add(new FieldProblem("kode_desa", number, "idm.impor.desaTidakDikenal", code));
                ok = false;
            } else if (lingkup != null && !lingkup.mencakup(code)) {
                problems.add(new FieldProblem("kode_desa", number, "idm.impor.diLuarLingkup", code));
                ok = false;
            }
            try {
                year = Integer.parseInt(row.getOrDefault("tahun", "").trim());
                if (year < 2015 || year > 2100) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("tahun", number, "idm.impor.tahunTidakValid", row.get("tahun")));
                ok = false;
            }
            int[] scores = new int[50];
            for (int i = 0; i < 50; i++) {
                String column = SCORE_COLUMNS.get(i);
                String value = row.getOrDefault(column, "").trim();
                try {
                    scores[i] = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
                    if (!katalog.skorDiizinkan(i).contains(scores[i])) {
                        problems.add(new FieldProblem(
                                column,
                                number,
                                "idm.impor.skorTidakDiizinkan",
                                value,
                                katalog.skorDiizinkan(i).toString()));
                        ok = false;
                    }
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(column, number, "idm.impor.skorBukanAngka", value));
                    ok = false;
                }
            }
            if (ok && !seen.add(code + "/" + year)) {
                problems.add(new FieldProblem("kode_desa", number, "idm.impor.duplikat", code, String.valueOf(year)));
                ok = false;
            }
            HasilIndeks.Resmi official = null;
            try {
                official = new HasilIndeks.Resmi(
                        decimal(row.get("iks")),
                        decimal(row.get("ike")),
                        decimal(row.get("ikl")),
                        decimal(row.get("idm")),
                        status(row.get("status")));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", number, "idm.impor.resmiTidakValid", e.getMessage()));
                ok = false;
            }
            if (ok) {
                rows.add(
                        new Baris(number, code, year, scores, official == null || official.kosong() ? null : official));
            }
        }
        if (number == 0) {
            problems.add(new FieldProblem("kode_desa", 1, "idm.impor.kosong"));
        }
        return new Hasil(rows, problems);
    }

    static List<String> requiredColumns() {
        List<String> out = new ArrayList<>(List.of("kode_desa", "tahun"));
        out.addAll(SCORE_COLUMNS);
        return out;
    }

    private static Double decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(value);
        }
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return StatusIdm.dariLabel(value).name();
    }
}
