package id.pandudesa.perencanaan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Laporan Realisasi Pelaksanaan APBDes a village must publish (Permendagri 20/2018): for
 * semester I or the whole year, pendapatan by kelompok and jenis, belanja by bidang and kegiatan,
 * pembiayaan by jenis, surplus/defisit and SiLPA, each with its budget, realisation, more/(less)
 * and percentage. The Dana Desa report is the same restricted to Dana Desa received (4.2.1) and
 * belanja whose source is Dana Desa.
 *
 * @param sampai the date of the point reported on; null when nothing is realised yet
 */
record LaporanRealisasi(
        String kodeDesa, int tahun, Periode periode, boolean danaDesa, LocalDate sampai, List<Baris> baris) {

    /** Which report: to the end of June or to the end of the year. */
    enum Periode {
        SEMESTER_I,
        TAHUN;

        LocalDate akhir(int tahun) {
            return this == SEMESTER_I ? LocalDate.of(tahun, 6, 30) : LocalDate.of(tahun, 12, 31);
        }
    }

    /**
     * One row: a heading (no figures), a group (kelompok, jenis, bidang, kegiatan) with its sums, or
     * a total.
     *
     * @param tingkat 0 heading or total, 1 kelompok or bidang, 2 jenis or kegiatan
     */
    record Baris(int tingkat, String kode, String uraian, Long anggaran, Long realisasi, boolean jumlah) {

        public Long selisih() {
            return anggaran == null ? null : realisasi - anggaran;
        }

        public Long persen() {
            return anggaran == null || anggaran == 0 ? null : Math.round(100.0 * realisasi / anggaran);
        }
    }

    static LaporanRealisasi susun(
            Apbdes adopted, Realisasi point, KodeApbdes codes, Periode periode, boolean danaDesa) {
        List<BarisRealisasi> lines = BarisRealisasi.dari(adopted, point).stream()
                .filter(b -> !danaDesa
                        || b.kodeRekening().startsWith("4.2.1.")
                        || (b.kodeRekening().startsWith("5") && "DDS".equals(b.sumberDana())))
                .toList();
        List<Baris> rows = new ArrayList<>();
        Function<String, String> rekening = c -> codes.namaRekening(c).orElse(c);
        Function<String, String> bidang = c -> codes.namaBidang(c).orElse(c);
        long[] income = tambah(
                rows,
                "4",
                "PENDAPATAN",
                filter(lines, "4"),
                b -> segmen(b.kodeRekening(), 2),
                b -> segmen(b.kodeRekening(), 3),
                rekening,
                rekening,
                "JUMLAH PENDAPATAN");
        long[] spending = tambah(
                rows,
                "5",
                "BELANJA",
                filter(lines, "5"),
                b -> b.kodeKegiatan().substring(0, 1),
                BarisRealisasi::kodeKegiatan,
                bidang,
                bidang,
                "JUMLAH BELANJA");
        rows.add(new Baris(0, "", "SURPLUS/(DEFISIT)", income[0] - spending[0], income[1] - spending[1], true));
        long[] net = {0, 0};
        if (!danaDesa) {
            rows.add(new Baris(0, "6", "PEMBIAYAAN", null, null, false));
            long[] in = tambah(
                    rows,
                    null,
                    null,
                    filter(lines, "6.1"),
                    b -> "6.1",
                    b -> segmen(b.kodeRekening(), 3),
                    rekening,
                    rekening,
                    "JUMLAH PENERIMAAN PEMBIAYAAN");
            long[] out = tambah(
                    rows,
                    null,
                    null,
                    filter(lines, "6.2"),
                    b -> "6.2",
                    b -> segmen(b.kodeRekening(), 3),
                    rekening,
                    rekening,
                    "JUMLAH PENGELUARAN PEMBIAYAAN");
            net = new long[] {in[0] - out[0], in[1] - out[1]};
            rows.add(new Baris(0, "", "PEMBIAYAAN NETTO", net[0], net[1], true));
        }
        rows.add(new Baris(
                0,
                "",
                danaDesa ? "SISA DANA DESA" : "SISA LEBIH/(KURANG) PEMBIAYAAN ANGGARAN",
                income[0] - spending[0] + net[0],
                income[1] - spending[1] + net[1],
                true));
        return new LaporanRealisasi(
                adopted.kodeDesa(), adopted.tahun(), periode, danaDesa, point == null ? null : point.sampai(), rows);
    }

    private static List<BarisRealisasi> filter(List<BarisRealisasi> lines, String prefix) {
        return lines.stream()
                .filter(b -> b.kodeRekening().equals(prefix) || b.kodeRekening().startsWith(prefix + "."))
                .toList();
    }

    /** A heading, then each group with its subgroups, then the total; returns the total {anggaran, realisasi}. */
    private static long[] tambah(
            List<Baris> rows,
            String kode,
            String heading,
            List<BarisRealisasi> lines,
            Function<BarisRealisasi, String> group,
            Function<BarisRealisasi, String> subgroup,
            Function<String, String> groupName,
            Function<String, String> subgroupName,
            String total) {
        if (heading != null) {
            rows.add(new Baris(0, kode, heading, null, null, false));
        }
        Map<String, Map<String, long[]>> tree = new LinkedHashMap<>();
        List<BarisRealisasi> sorted = new ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparing(subgroup));
        for (BarisRealisasi b : sorted) {
            long[] sums = tree.computeIfAbsent(group.apply(b), k -> new LinkedHashMap<>())
                    .computeIfAbsent(subgroup.apply(b), k -> new long[2]);
            sums[0] += b.anggaran();
            sums[1] += b.realisasi();
        }
        long[] all = new long[2];
        tree.forEach((g, subs) -> {
            long a = subs.values().stream().mapToLong(x -> x[0]).sum();
            long r = subs.values().stream().mapToLong(x -> x[1]).sum();
            rows.add(new Baris(1, g, groupName.apply(g), a, r, false));
            subs.forEach((s, x) -> rows.add(new Baris(2, s, subgroupName.apply(s), x[0], x[1], false)));
            all[0] += a;
            all[1] += r;
        });
        rows.add(new Baris(0, "", total, all[0], all[1], true));
        return all;
    }

    private static String segmen(String code, int n) {
        String[] parts = code.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(n, parts.length)));
    }
}
