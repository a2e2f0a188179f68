package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the APBDes table ({@code kode_kegiatan,kode_rekening,uraian,anggaran} and optionally
 * {@code sumber_dana}) and checks every row before anything is stored: the rekening is an objek of
 * the regulation (or a local code in a {@code 90-99} range), belanja names a kegiatan of the list
 * and only belanja does, the amount is whole non-negative rupiah, a source of funds is one of
 * Siskeudes' codes and only on belanja.
 */
final class BacaApbdes {

    static final List<String> KOLOM = List.of("kode_kegiatan", "kode_rekening", "uraian", "anggaran");
    /** The optional fifth column. */
    static final String KOLOM_SUMBER = "sumber_dana";
    /** The layout written back (CSV, Excel): the four columns and the source of funds. */
    static final List<String> KOLOM_KELUAR =
            List.of("kode_kegiatan", "kode_rekening", "uraian", "anggaran", KOLOM_SUMBER);

    static final int MAKS_BARIS = 5_000;
    static final int MAKS_URAIAN = 500;

    private BacaApbdes() {}

    record Hasil(List<Apbdes.Baris> baris, List<FieldProblem> masalah) {}

    static Hasil baca(TabelMasuk table, KodeApbdes codes, String kodeDesa) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String column : KOLOM) {
            if (!table.header().contains(column)) {
                problems.add(FieldProblem.of(column, "apbdes.kolomHilang", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Hasil(List.of(), problems);
        }
        List<Apbdes.Baris> lines = new ArrayList<>();
        int number = 0;
        for (Map<String, String> row : table.rows()) {
            number++;
            if (number > MAKS_BARIS) {
                problems.add(new FieldProblem("kode_rekening", number, "apbdes.terlaluBanyak", MAKS_BARIS));
                break;
            }
            baris(row, number, codes, kodeDesa, problems).ifPresent(lines::add);
        }
        if (number == 0) {
            problems.add(FieldProblem.of("kode_rekening", "apbdes.kosong"));
        }
        return new Hasil(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static Optional<Apbdes.Baris> baris(
            Map<String, String> row, int number, KodeApbdes codes, String kodeDesa, List<FieldProblem> problems) {
        int before = problems.size();
        String rekening = teks(row.get("kode_rekening"));
        String kegiatan = teks(row.get("kode_kegiatan"));
        String uraian = teks(row.get("uraian"));
        Optional<KodeApbdes.Kode> objek = codes.objek(rekening);
        if (objek.isEmpty()) {
            problems.add(new FieldProblem("kode_rekening", number, "apbdes.rekeningTidakDikenal", rekening));
        }
        String kegiatanCode = null;
        boolean belanja = rekening.startsWith("5");
        if (belanja) {
            if (kegiatan.isEmpty()) {
                problems.add(new FieldProblem("kode_kegiatan", number, "apbdes.kegiatanWajib"));
            } else {
                Optional<KodeApbdes.Kode> k = codes.kegiatan(kegiatan);
                if (k.isEmpty()) {
                    problems.add(new FieldProblem("kode_kegiatan", number, "apbdes.kegiatanTidakDikenal", kegiatan));
                } else {
                    kegiatanCode = k.get().kode();
                }
            }
        } else if (!kegiatan.isEmpty() && objek.isPresent()) {
            problems.add(new FieldProblem("kode_kegiatan", number, "apbdes.kegiatanTidakBoleh"));
        }
        if (uraian.length() > MAKS_URAIAN) {
            problems.add(new FieldProblem("uraian", number, "apbdes.uraianTerlaluPanjang", MAKS_URAIAN));
        }
        String source = teks(row.get(KOLOM_SUMBER));
        String sourceCode = null;
        if (!source.isEmpty()) {
            if (!belanja) {
                problems.add(new FieldProblem(KOLOM_SUMBER, number, "apbdes.sumberHanyaBelanja", source));
            } else {
                Optional<SumberDanaApbdes> s = SumberDanaApbdes.baca(source);
                if (s.isEmpty()) {
                    problems.add(new FieldProblem(
                            KOLOM_SUMBER, number, "apbdes.sumberTidakDikenal", source, SumberDanaApbdes.daftar()));
                } else {
                    sourceCode = s.get().name();
                }
            }
        }
        Long amount = rupiah(teks(row.get("anggaran")));
        if (amount == null) {
            problems.add(new FieldProblem("anggaran", number, "apbdes.anggaranTidakValid", teks(row.get("anggaran"))));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String text = uraian.isEmpty() ? objek.get().uraian() : uraian;
        return Optional.of(new Apbdes.Baris(kodeDesa, kegiatanCode, objek.get().kode(), text, amount, sourceCode));
    }

    /**
     * A whole, non-negative rupiah amount: digits, optionally grouped by dots in threes as people
     * write them ({@code 150.000.000}); anything else (minus, decimals, letters) is refused.
     */
    static Long rupiah(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        if (!t.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(t);
    }

    private static String teks(String value) {
        return value == null ? "" : value.trim();
    }

    /**
     * The columns a version is written back in: the fifth, {@code sumber_dana}, only when a line
     * has a source of funds, so that a table uploaded without it comes back exactly as it went.
     */
    static List<String> kolom(Apbdes a) {
        return a.baris().stream().anyMatch(b -> b.sumberDana() != null) ? KOLOM_KELUAR : KOLOM;
    }

    /** The version's lines as CSV in the upload layout: a round trip gives the same rows. */
    static void tulisCsv(Apbdes a, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"apbdes-" + a.kodeDesa() + "-" + a.tahun() + "-v" + a.nomor() + ".csv\"");
        try (id.pandudesa.platform.tabel.TabelKeluar csv =
                id.pandudesa.platform.tabel.TabelKeluar.csv(response.getOutputStream(), kolom(a))) {
            boolean withSource = kolom(a).size() > KOLOM.size();
            for (Apbdes.Baris b : a.baris()) {
                if (withSource) {
                    csv.baris(b.kodeKegiatan(), b.kodeRekening(), b.uraian(), b.anggaran(), b.sumberDana());
                } else {
                    csv.baris(b.kodeKegiatan(), b.kodeRekening(), b.uraian(), b.anggaran());
                }
            }
        }
    }
}
