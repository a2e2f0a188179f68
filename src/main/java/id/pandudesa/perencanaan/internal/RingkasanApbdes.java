package id.pandudesa.perencanaan.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of an APBDes version as the contract names them: surplusDefisit = pendapatan −
 * belanja, pembiayaanNetto = penerimaan − pengeluaran pembiayaan, silpaTahunBerjalan =
 * surplusDefisit + pembiayaanNetto; belanja per bidang of its kegiatan and pendapatan per jenis;
 * belanja per source of funds (lines without one are not in it).
 */
record RingkasanApbdes(
        String kodeDesa,
        int tahun,
        int versi,
        String status,
        long pendapatan,
        long belanja,
        long surplusDefisit,
        long penerimaanPembiayaan,
        long pengeluaranPembiayaan,
        long pembiayaanNetto,
        long silpaTahunBerjalan,
        Map<String, Long> perBidang,
        Map<String, Long> perSumberPendapatan,
        Map<String, Long> belanjaPerSumberDana) {

    static final String[] BIDANG = {"1", "2", "3", "4", "5"};

    static RingkasanApbdes dari(Apbdes a) {
        long income = 0;
        long spending = 0;
        long receipts = 0;
        long expenditure = 0;
        Map<String, Long> byBidang = new TreeMap<>();
        for (String b : BIDANG) {
            byBidang.put(b, 0L);
        }
        Map<String, Long> bySource = new TreeMap<>();
        Map<String, Long> byFund = new java.util.LinkedHashMap<>();
        for (Apbdes.Baris line : a.baris()) {
            String code = line.kodeRekening();
            long amount = line.anggaran();
            switch (line.akun()) {
                case "4" -> {
                    income = Math.addExact(income, amount);
                    bySource.merge(jenis(code), amount, Math::addExact);
                }
                case "5" -> {
                    spending = Math.addExact(spending, amount);
                    byBidang.merge(line.bidang(), amount, Math::addExact);
                    if (line.sumberDana() != null) {
                        byFund.merge(line.sumberDana(), amount, Math::addExact);
                    }
                }
                case "6" -> {
                    if (code.startsWith("6.1")) {
                        receipts = Math.addExact(receipts, amount);
                    } else {
                        expenditure = Math.addExact(expenditure, amount);
                    }
                }
                default -> throw new IllegalStateException("rekening outside 4/5/6: " + code);
            }
        }
        long surplus = income - spending;
        long net = receipts - expenditure;
        return new RingkasanApbdes(
                a.kodeDesa(),
                a.tahun(),
                a.nomor(),
                a.status().name(),
                income,
                spending,
                surplus,
                receipts,
                expenditure,
                net,
                surplus + net,
                byBidang,
                bySource,
                SumberDanaApbdes.menurutUrutan(byFund));
    }

    private static String jenis(String code) {
        String[] parts = code.split("\\.");
        return parts[0] + "." + parts[1] + "." + parts[2];
    }
}
