package id.pandudesa.perencanaan.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A realisation point beside the budget it was read against, as CONTRACTS names it: totals by
 * account, belanja per bidang and per source of funds, each as anggaran and realisasi. A pair of
 * lines with several sources of funds counts under its first line's.
 */
record RingkasanRealisasi(
        String kodeDesa,
        int tahun,
        LocalDate sampai,
        Angka pendapatan,
        Angka belanja,
        Angka penerimaanPembiayaan,
        Angka pengeluaranPembiayaan,
        Map<String, Angka> perBidang,
        Map<String, Angka> belanjaPerSumberDana) {

    record Angka(long anggaran, long realisasi) {

        Angka tambah(long budget, long spent) {
            return new Angka(Math.addExact(anggaran, budget), Math.addExact(realisasi, spent));
        }
    }

    static RingkasanRealisasi dari(Realisasi point, Apbdes adopted) {
        Map<BacaRealisasi.Kunci, Long> budget = BacaRealisasi.anggaran(adopted);
        Map<BacaRealisasi.Kunci, String> source = BacaRealisasi.sumberDana(adopted);
        Map<BacaRealisasi.Kunci, Long> spent = new LinkedHashMap<>();
        point.baris()
                .forEach(b -> spent.merge(
                        new BacaRealisasi.Kunci(b.kodeKegiatan(), b.kodeRekening()), b.realisasi(), Math::addExact));
        Angka income = new Angka(0, 0);
        Angka spending = new Angka(0, 0);
        Angka receipts = new Angka(0, 0);
        Angka expenditure = new Angka(0, 0);
        Map<String, Angka> byBidang = new TreeMap<>();
        for (String b : RingkasanApbdes.BIDANG) {
            byBidang.put(b, new Angka(0, 0));
        }
        Map<String, Angka> byFund = new LinkedHashMap<>();
        for (Map.Entry<BacaRealisasi.Kunci, Long> e : budget.entrySet()) {
            BacaRealisasi.Kunci key = e.getKey();
            long a = e.getValue();
            long r = spent.getOrDefault(key, 0L);
            String code = key.kodeRekening();
            if (code.startsWith("4")) {
                income = income.tambah(a, r);
            } else if (code.startsWith("5")) {
                spending = spending.tambah(a, r);
                String bidang =
                        key.kodeKegiatan().substring(0, key.kodeKegiatan().indexOf('.'));
                byBidang.merge(bidang, new Angka(a, r), (x, y) -> x.tambah(y.anggaran(), y.realisasi()));
                if (source.get(key) != null) {
                    byFund.merge(source.get(key), new Angka(a, r), (x, y) -> x.tambah(y.anggaran(), y.realisasi()));
                }
            } else if (code.startsWith("6.1")) {
                receipts = receipts.tambah(a, r);
            } else {
                expenditure = expenditure.tambah(a, r);
            }
        }
        return new RingkasanRealisasi(
                point.kodeDesa(),
                point.tahun(),
                point.sampai(),
                income,
                spending,
                receipts,
                expenditure,
                byBidang,
                SumberDanaApbdes.menurutUrutan(byFund));
    }
}
