package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A village's Siskeudes database exported as CSV files (as villages already export it for
 * OpenSID), read as CONTRACTS "realisasi APBDes" says: the budget per (kegiatan, rekening, source
 * of funds) from {@code Ta_RABRinci}, and each line's realisation up to a date from receipts,
 * payment orders, their accountability, transfers and journal entries. It reads what real exports
 * carry: amounts in scientific notation, month-first dates, line breaks inside quoted text,
 * columns of other Siskeudes versions (found by name), kegiatan codes behind the village's own
 * code, pendapatan rows with a dummy kegiatan; every problem is named by file, row and column.
 */
final class BacaSiskeudes {

    static final List<String> BERKAS = List.of(
            "Ref_Version.csv",
            "Ta_RAB.csv",
            "Ta_RABRinci.csv",
            "Ta_TBP.csv",
            "Ta_TBPRinci.csv",
            "Ta_SPP.csv",
            "Ta_SPPRinci.csv",
            "Ta_SPJ.csv",
            "Ta_SPJRinci.csv",
            "Ta_Mutasi.csv",
            "Ta_JurnalUmum.csv",
            "Ta_JurnalUmumRinci.csv");
    static final List<String> WAJIB = List.of("Ref_Version.csv", "Ta_RABRinci.csv");

    private static final List<DateTimeFormatter> TANGGAL = List.of(
            DateTimeFormatter.ofPattern("M/d/yy H:mm:ss"),
            DateTimeFormatter.ofPattern("M/d/yy"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss"),
            DateTimeFormatter.ofPattern("M/d/yyyy"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd"));

    /** A budget line as Siskeudes holds it. */
    record Anggaran(String kodeKegiatan, String kodeRekening, String sumberDana, long anggaran) {}

    record Hasil(List<Anggaran> anggaran, Map<BacaRealisasi.Kunci, Long> realisasi, List<FieldProblem> masalah) {}

    private final KodeApbdes codes;
    private final Map<String, byte[]> files;
    private final int tahun;
    private final LocalDate sampai;
    private final List<FieldProblem> problems = new ArrayList<>();
    private String kdDesa;

    private BacaSiskeudes(KodeApbdes codes, Map<String, byte[]> files, int tahun, LocalDate sampai) {
        this.codes = codes;
        this.files = files;
        this.tahun = tahun;
        this.sampai = sampai;
    }

    static Hasil baca(KodeApbdes codes, Map<String, byte[]> files, int tahun, LocalDate sampai) {
        for (String f : WAJIB) {
            if (!files.containsKey(f)) {
                throw new RuleViolationException(
                        List.of(FieldProblem.of("berkas", "siskeudes.berkasHilang", f)), "siskeudes.berkasHilang", f);
            }
        }
        return new BacaSiskeudes(codes, files, tahun, sampai).baca();
    }

    /** One row of a file with its number (1 = the first data row) and where it came from. */
    private record Baris(String file, int nomor, Map<String, String> kolom) {

        String get(String column) {
            String v = kolom.get(column.toLowerCase(java.util.Locale.ROOT));
            return v == null ? "" : v.trim();
        }

        boolean ada(String column) {
            return kolom.containsKey(column.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Hasil baca() {
        List<Baris> rab = rows("Ta_RABRinci.csv");
        Set<String> villages = new LinkedHashSet<>();
        rab.forEach(r -> {
            if (!r.get("Kd_Desa").isEmpty()) {
                villages.add(r.get("Kd_Desa"));
            }
        });
        if (villages.size() > 1) {
            problems.add(FieldProblem.of("Ta_RABRinci.csv", "siskeudes.banyakDesa", String.join(", ", villages)));
            return new Hasil(List.of(), Map.of(), problems);
        }
        kdDesa = villages.isEmpty() ? null : villages.iterator().next();
        Map<List<String>, Long> budget = new LinkedHashMap<>();
        for (Baris r : desa(rab)) {
            String rekening = rekening(r);
            String kegiatan = rekening != null && rekening.startsWith("5") ? kegiatan(r) : null;
            String column =
                    r.ada("AnggaranStlhPAK") && !r.get("AnggaranStlhPAK").isEmpty() ? "AnggaranStlhPAK" : "Anggaran";
            Long amount = rupiah(r, column);
            if (rekening == null || amount == null || (rekening.startsWith("5") && kegiatan == null)) {
                continue;
            }
            String source = rekening.startsWith("5")
                    ? SumberDanaApbdes.baca(r.get("SumberDana")).map(Enum::name).orElse(null)
                    : null;
            budget.merge(java.util.Arrays.asList(kegiatan, rekening, source), amount, Math::addExact);
        }
        Map<BacaRealisasi.Kunci, Long> spent = new LinkedHashMap<>();
        // Receipts: pendapatan.
        Map<String, LocalDate> tbp = tanggal("Ta_TBP.csv", "No_Bukti", "Tgl_Bukti");
        setiap("Ta_TBPRinci.csv", r -> tambah(spent, r, tbp.get(r.get("No_Bukti")), "Nilai", "4"));
        // Payment orders: belanja except advances (their accountability counts), and pengeluaran pembiayaan.
        Map<String, LocalDate> spp = tanggal("Ta_SPP.csv", "No_SPP", "Tgl_SPP");
        Map<String, String> kind = new HashMap<>();
        desa(rows("Ta_SPP.csv")).forEach(r -> kind.put(r.get("No_SPP"), r.get("Jn_SPP")));
        setiap("Ta_SPPRinci.csv", r -> {
            boolean advance = "UM".equalsIgnoreCase(kind.getOrDefault(r.get("No_SPP"), ""));
            if (advance) {
                tambah(spent, r, spp.get(r.get("No_SPP")), "Nilai", "6.2");
            } else {
                tambah(spent, r, spp.get(r.get("No_SPP")), "Nilai", "5", "6.2");
            }
        });
        Map<String, LocalDate> spj = tanggal("Ta_SPJ.csv", "No_SPJ", "Tgl_SPJ");
        setiap("Ta_SPJRinci.csv", r -> tambah(spent, r, spj.get(r.get("No_SPJ")), "Nilai", "5"));
        // Transfers carry their own date.
        setiap("Ta_Mutasi.csv", r -> tambah(spent, r, tanggal(r, "Tgl_Bukti"), "Nilai", "4", "5"));
        // Journal entries: credit to pendapatan and penerimaan pembiayaan, debit to belanja.
        Map<String, LocalDate> journal = tanggal("Ta_JurnalUmum.csv", "NoBukti", "Tanggal");
        setiap("Ta_JurnalUmumRinci.csv", r -> {
            tambah(spent, r, journal.get(r.get("NoBukti")), "Kredit", "4", "6.1");
            tambah(spent, r, journal.get(r.get("NoBukti")), "Debet", "5");
        });
        List<Anggaran> lines = new ArrayList<>();
        budget.forEach((k, v) -> lines.add(new Anggaran(k.get(0), k.get(1), k.get(2), v)));
        return new Hasil(lines, spent, problems);
    }

    /** Adds a row's amount to its line when its account is one of {@code accounts} and its date is due. */
    private void tambah(
            Map<BacaRealisasi.Kunci, Long> spent, Baris r, LocalDate date, String column, String... accounts) {
        String rekening = rekening(r);
        if (rekening == null) {
            return;
        }
        boolean counted = false;
        for (String a : accounts) {
            counted |= rekening.startsWith(a + ".") || rekening.equals(a);
        }
        if (!counted || r.get(column).isEmpty()) {
            return;
        }
        if (date == null) {
            problems.add(new FieldProblem(r.file(), r.nomor(), "siskeudes.tanpaTanggal"));
            return;
        }
        if (date.getYear() != tahun || date.isAfter(sampai)) {
            return;
        }
        String kegiatan = rekening.startsWith("5") ? kegiatan(r) : null;
        Long amount = rupiah(r, column);
        if (amount == null || (rekening.startsWith("5") && kegiatan == null)) {
            return;
        }
        spent.merge(new BacaRealisasi.Kunci(kegiatan, rekening), amount, Math::addExact);
    }

    private void setiap(String file, Consumer<Baris> each) {
        desa(rows(file)).forEach(each);
    }

    /** The dates of a header file by its document number. */
    private Map<String, LocalDate> tanggal(String file, String number, String dateColumn) {
        Map<String, LocalDate> out = new HashMap<>();
        for (Baris r : desa(rows(file))) {
            LocalDate d = tanggal(r, dateColumn);
            if (d != null) {
                out.put(r.get(number), d);
            }
        }
        return out;
    }

    private LocalDate tanggal(Baris r, String column) {
        String text = r.get(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : TANGGAL) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        problems.add(new FieldProblem(r.file() + "/" + column, r.nomor(), "siskeudes.tanggalTidakDikenal", text));
        return null;
    }

    /** Whole rupiah from a Siskeudes amount (1.4559840000000000e+007 included), rounded half-up. */
    private Long rupiah(Baris r, String column) {
        String text = r.get(column);
        if (text.isEmpty()) {
            return 0L;
        }
        try {
            return new BigDecimal(text.replace(',', '.'))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new FieldProblem(r.file() + "/" + column, r.nomor(), "siskeudes.jumlahTidakDikenal", text));
            return null;
        }
    }

    /** The rekening at objek level ({@code 5.1.1.01.} read as 5.1.1.01); null and a problem otherwise. */
    private String rekening(Baris r) {
        String code = r.get("Kd_Rincian");
        if (code.isEmpty()) {
            return null;
        }
        var objek = codes.objek(code);
        if (objek.isEmpty()) {
            problems.add(new FieldProblem(r.file() + "/Kd_Rincian", r.nomor(), "apbdes.rekeningTidakDikenal", code));
            return null;
        }
        return objek.get().kode();
    }

    /** The kegiatan of {@code Kd_Keg}: its last three segments, behind the village's own code. */
    private String kegiatan(Baris r) {
        String code = r.get("Kd_Keg");
        String[] parts = java.util.Arrays.stream(code.split("\\."))
                .filter(p -> !p.isBlank())
                .toArray(String[]::new);
        String tail = parts.length < 3
                ? code
                : parts[parts.length - 3] + "." + parts[parts.length - 2] + "." + parts[parts.length - 1] + ".";
        var k = codes.kegiatan(tail);
        if (k.isEmpty()) {
            problems.add(new FieldProblem(r.file() + "/Kd_Keg", r.nomor(), "apbdes.kegiatanTidakDikenal", code));
            return null;
        }
        return k.get().kode();
    }

    /** Rows of the desa (and the year, where the file says) the budget belongs to. */
    private List<Baris> desa(List<Baris> rows) {
        return rows.stream()
                .filter(r -> kdDesa == null
                        || !r.ada("Kd_Desa")
                        || r.get("Kd_Desa").isEmpty()
                        || r.get("Kd_Desa").equals(kdDesa))
                .filter(r -> !r.ada("Tahun")
                        || r.get("Tahun").isEmpty()
                        || r.get("Tahun").equals(String.valueOf(tahun)))
                .toList();
    }

    private final Map<String, List<Baris>> read = new HashMap<>();

    private List<Baris> rows(String file) {
        return read.computeIfAbsent(file, f -> {
            byte[] bytes = files.get(f);
            if (bytes == null) {
                return List.of();
            }
            List<Baris> out = new ArrayList<>();
            try {
                int n = 0;
                for (Map<String, String> row :
                        TabelMasuk.csv(new ByteArrayInputStream(bytes)).rows()) {
                    out.add(new Baris(f, ++n, row));
                }
            } catch (IOException | RuleViolationException e) {
                problems.add(FieldProblem.of(f, "siskeudes.berkasRusak", f));
            }
            return out;
        });
    }
}
