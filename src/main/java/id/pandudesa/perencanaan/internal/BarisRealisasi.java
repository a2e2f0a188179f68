package id.pandudesa.perencanaan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of the adopted APBDes beside its realisation at a point, as the realisation page and the
 * sheet to fill show it: lines sharing a (kegiatan, rekening) pair are one, their uraian joined.
 */
record BarisRealisasi(
        String kodeKegiatan, String kodeRekening, String uraian, long anggaran, long realisasi, String sumberDana) {

    public String akun() {
        return kodeRekening.substring(0, 1);
    }

    /** Realisation minus budget: what came in above the target, or what is left to spend. */
    public long selisih() {
        return realisasi - anggaran;
    }

    /** Realisation as a whole percentage of the budget; null without a budget. */
    public Long persen() {
        return anggaran == 0 ? null : Math.round(100.0 * realisasi / anggaran);
    }

    /** The version's pairs in its order; {@code point} may be null (nothing realised yet). */
    static List<BarisRealisasi> dari(Apbdes adopted, Realisasi point) {
        Map<BacaRealisasi.Kunci, List<Apbdes.Baris>> pairs = new LinkedHashMap<>();
        adopted.baris()
                .forEach(b -> pairs.computeIfAbsent(BacaRealisasi.Kunci.dari(b), k -> new ArrayList<>())
                        .add(b));
        Map<BacaRealisasi.Kunci, Long> spent = new LinkedHashMap<>();
        if (point != null) {
            point.baris()
                    .forEach(b -> spent.merge(
                            new BacaRealisasi.Kunci(b.kodeKegiatan(), b.kodeRekening()),
                            b.realisasi(),
                            Math::addExact));
        }
        List<BarisRealisasi> out = new ArrayList<>();
        pairs.forEach((key, lines) -> out.add(new BarisRealisasi(
                key.kodeKegiatan(),
                key.kodeRekening(),
                String.join("; ", lines.stream().map(Apbdes.Baris::uraian).toList()),
                lines.stream().mapToLong(Apbdes.Baris::anggaran).sum(),
                spent.getOrDefault(key, 0L),
                lines.getFirst().sumberDana())));
        return out;
    }
}
