package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.wilayah.KodeWilayah;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the ministry's Indeks Desa spreadsheet (CSV or the first sheet of an XLSX): a key column
 * with the desa code, optionally the data year, and one column per item named by its header in the
 * item table or any of its aliases, in any order; other columns are ignored. The whole file is
 * checked before anything is used, and every problem is named by its row (the header is row 1) and
 * its column as the file writes it.
 */
public final class BacaIndeksDesa {

    /** At most this many problems are listed; a file that bad is refused with the first ones. */
    static final int MAKS_MASALAH = 1_000;

    private BacaIndeksDesa() {}

    /** One data row: its row number in the file (header = 1), the desa, the year, the scores. */
    public record Baris(int nomor, String kodeDesa, int tahun, int[] skor) {}

    record Hasil(List<Baris> baris, List<FieldProblem> masalah) {}

    /**
     * @param tahun the year when the file has no year column (or leaves a cell empty); may be null
     * @param desaAda whether a code names a desa that can be scored (kelurahan are not)
     * @param lingkup the importer's scope; null for a computation that stores nothing
     */
    static Hasil baca(
            TabelMasuk source,
            KatalogIndeksDesa katalog,
            Integer tahun,
            Predicate<String> desaAda,
            Lingkup lingkup,
            int maxRows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> keys = source.header();
        List<String> written = source.judul();
        Map<String, Integer> itemByHeader = new HashMap<>();
        for (KatalogIndeksDesa.Butir b : katalog.butir()) {
            itemByHeader.put(kunci(b.judul()), b.no() - 1);
            b.alias().forEach(a -> itemByHeader.putIfAbsent(kunci(a), b.no() - 1));
        }
        Set<String> other = new HashSet<>();
        katalog.kolomLain().forEach(c -> other.add(kunci(c)));
        String codeColumn = null;
        String yearColumn = null;
        String[] itemColumn = new String[katalog.butir().size()];
        for (int i = 0; i < keys.size(); i++) {
            String k = kunci(keys.get(i));
            String as = written.get(i);
            if (k.equals(kunci(katalog.kolomKode()))) {
                codeColumn = keys.get(i);
            } else if (k.equals(kunci(katalog.kolomTahun()))) {
                yearColumn = keys.get(i);
            } else if (itemByHeader.containsKey(k)) {
                int item = itemByHeader.get(k);
                if (itemColumn[item] != null) {
                    problems.add(new FieldProblem(as, 1, "indeksDesa.kolomGanda", item + 1));
                } else {
                    itemColumn[item] = keys.get(i);
                }
            } else if (!other.contains(k) && k.startsWith("skor")) {
                problems.add(new FieldProblem(as, 1, "indeksDesa.kolomTakDikenal", as));
            }
        }
        if (codeColumn == null) {
            problems.add(new FieldProblem(katalog.kolomKode(), 1, "indeksDesa.kolomHilang", katalog.kolomKode()));
        }
        for (int i = 0; i < itemColumn.length; i++) {
            if (itemColumn[i] == null) {
                KatalogIndeksDesa.Butir b = katalog.butir().get(i);
                problems.add(new FieldProblem(b.judul(), 1, "indeksDesa.butirHilang", b.no(), b.judul()));
            }
        }
        if (!problems.isEmpty()) {
            return new Hasil(List.of(), problems);
        }
        Map<String, String> asWritten = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            asWritten.put(keys.get(i), written.get(i));
        }
        List<Baris> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int line = 1;
        for (Map<String, String> row : source.rows()) {
            line++;
            if (line - 1 > maxRows) {
                problems.add(new FieldProblem(asWritten.get(codeColumn), line, "indeksDesa.terlaluBanyak", maxRows));
                break;
            }
            if (problems.size() >= MAKS_MASALAH) {
                break;
            }
            boolean ok = true;
            String code = KodeWilayah.normalisasi(row.get(codeColumn));
            if (!code.matches("\\d{10}") || !desaAda.test(code)) {
                problems.add(new FieldProblem(asWritten.get(codeColumn), line, "indeksDesa.desaTidakDikenal", code));
                ok = false;
            } else if (lingkup != null && !lingkup.mencakup(code)) {
                problems.add(new FieldProblem(asWritten.get(codeColumn), line, "indeksDesa.diLuarLingkup", code));
                ok = false;
            }
            Integer year = tahun;
            String y = yearColumn == null ? null : row.get(yearColumn);
            if (y != null && !y.isBlank()) {
                year = y.trim().matches("\\d{4}") ? Integer.valueOf(y.trim()) : null;
                if (year == null || year < 2000 || year > 2100) {
                    problems.add(new FieldProblem(asWritten.get(yearColumn), line, "indeksDesa.tahunTidakSah", y));
                    ok = false;
                }
            } else if (year == null) {
                problems.add(new FieldProblem(katalog.kolomTahun(), line, "indeksDesa.tahunWajib"));
                ok = false;
            }
            int[] skor = new int[itemColumn.length];
            for (int i = 0; i < itemColumn.length; i++) {
                String cell = row.getOrDefault(itemColumn[i], "").trim();
                Integer v = cell.matches("[1-5]([.,]0+)?") ? Integer.valueOf(cell.substring(0, 1)) : null;
                if (v == null || !katalog.butir().get(i).sah(v)) {
                    problems.add(new FieldProblem(
                            asWritten.get(itemColumn[i]),
                            line,
                            "indeksDesa.skorTidakSah",
                            cell,
                            katalog.butir().get(i).skorSah().toString()));
                    ok = false;
                } else {
                    skor[i] = v;
                }
            }
            if (ok && !seen.add(code + "/" + year)) {
                problems.add(new FieldProblem(asWritten.get(codeColumn), line, "indeksDesa.ganda", code, year));
                ok = false;
            }
            if (ok) {
                rows.add(new Baris(line, code, year, skor));
            }
        }
        return new Hasil(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** A header as a key: lower case, one space between words, no space before a slash or comma. */
    static String kunci(String header) {
        return header == null
                ? ""
                : header.replace('\u00A0', ' ')
                        .trim()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")
                        .replaceAll("\\s*([/,?])\\s*", "$1");
    }
}
