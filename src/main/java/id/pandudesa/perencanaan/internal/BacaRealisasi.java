package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a realisation sheet ({@code kode_kegiatan,kode_rekening,uraian,realisasi}; {@code uraian}
 * only for the person reading it) against an adopted APBDes and checks every row before anything
 * is stored: the (kegiatan, rekening) pair is a line of that APBDes (lines sharing a pair count as
 * one, their anggaran summed; rows naming the same pair are summed too), the amount is whole
 * non-negative rupiah, and a belanja or pengeluaran pembiayaan line does not exceed its anggaran.
 */
final class BacaRealisasi {

    static final List<String> KOLOM = List.of("kode_kegiatan", "kode_rekening", "uraian", "realisasi");
    private static final List<String> WAJIB = List.of("kode_kegiatan", "kode_rekening", "realisasi");

    private BacaRealisasi() {}

    record Hasil(List<Realisasi.Baris> baris, List<FieldProblem> masalah) {}

    /** A line of the APBDes as realisation names it: its kegiatan (belanja only) and rekening. */
    record Kunci(String kodeKegiatan, String kodeRekening) {

        static Kunci dari(Apbdes.Baris b) {
            return new Kunci(b.kodeKegiatan(), b.kodeRekening());
        }

        boolean batasAnggaran() {
            return kodeRekening.startsWith("5") || kodeRekening.startsWith("6.2");
        }
    }

    /**
     * The source of funds of each pair of the version: a pair of lines with several sources counts
     * under its first line's (the summary, the point's Dana Desa figures and the reports agree).
     */
    static Map<Kunci, String> sumberDana(Apbdes a) {
        Map<Kunci, String> out = new LinkedHashMap<>();
        a.baris().forEach(b -> out.putIfAbsent(Kunci.dari(b), b.sumberDana()));
        return out;
    }

    /** The anggaran of each pair of the version, in the version's order. */
    static Map<Kunci, Long> anggaran(Apbdes a) {
        Map<Kunci, Long> out = new LinkedHashMap<>();
        for (Apbdes.Baris b : a.baris()) {
            out.merge(Kunci.dari(b), b.anggaran(), Math::addExact);
        }
        return out;
    }

    static Hasil baca(TabelMasuk table, KodeApbdes codes, Apbdes adopted) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String column : WAJIB) {
            if (!table.header().contains(column)) {
                problems.add(FieldProblem.of(column, "apbdes.kolomHilang", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Hasil(List.of(), problems);
        }
        Map<Kunci, Long> budget = anggaran(adopted);
        Map<Kunci, Long> amounts = new LinkedHashMap<>();
        Map<Kunci, Integer> lastRow = new LinkedHashMap<>();
        int number = 0;
        for (Map<String, String> row : table.rows()) {
            number++;
            if (number > BacaApbdes.MAKS_BARIS) {
                problems.add(new FieldProblem("kode_rekening", number, "apbdes.terlaluBanyak", BacaApbdes.MAKS_BARIS));
                break;
            }
            String rekeningText = teks(row.get("kode_rekening"));
            String kegiatanText = teks(row.get("kode_kegiatan"));
            String rekening =
                    codes.objek(rekeningText).map(KodeApbdes.Kode::kode).orElse(rekeningText);
            String kegiatan = rekening.startsWith("5")
                    ? codes.kegiatan(kegiatanText).map(KodeApbdes.Kode::kode).orElse(kegiatanText)
                    : null;
            Kunci key = new Kunci(kegiatan == null || kegiatan.isEmpty() ? null : kegiatan, rekening);
            if (!budget.containsKey(key)) {
                problems.add(new FieldProblem(
                        "kode_rekening",
                        number,
                        "realisasi.barisTidakAda",
                        (kegiatanText.isEmpty() ? "" : kegiatanText + " ") + rekeningText,
                        adopted.nomor()));
            }
            String amountText = teks(row.get("realisasi"));
            Long amount = BacaApbdes.rupiah(amountText);
            if (amount == null) {
                problems.add(new FieldProblem("realisasi", number, "realisasi.jumlahTidakValid", amountText));
            }
            if (budget.containsKey(key) && amount != null) {
                amounts.merge(key, amount, Math::addExact);
                lastRow.put(key, number);
            }
        }
        amounts.forEach((key, amount) -> {
            long limit = budget.get(key);
            if (key.batasAnggaran() && amount > limit) {
                problems.add(new FieldProblem(
                        "realisasi",
                        lastRow.get(key),
                        "realisasi.melebihiAnggaran",
                        amount,
                        limit,
                        key.kodeRekening()));
            }
        });
        problems.sort(java.util.Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
        if (!problems.isEmpty()) {
            return new Hasil(List.of(), problems);
        }
        List<Realisasi.Baris> lines = new ArrayList<>();
        amounts.forEach(
                (key, amount) -> lines.add(new Realisasi.Baris(key.kodeKegiatan(), key.kodeRekening(), amount)));
        return new Hasil(lines, problems);
    }

    private static String teks(String value) {
        return value == null ? "" : value.trim();
    }
}
