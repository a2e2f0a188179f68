package id.pandudesa.indeks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up but plausible raw questionnaire answers (the demo's drafts, the generator's questionnaire
 * for every desa): numbers of the size a rural desa has, the people and families consistent with
 * each other, yes/no mostly yes, choices at random.
 */
public final class JawabanContoh {

    private JawabanContoh() {}

    /** Plausible raw answers of a Javanese desa for the first {@code indicators} indicators of the catalogue. */
    public static Map<String, String> isi(Katalog katalog, Random random, int indicators) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        long people = 2_500 + random.nextInt(4_500);
        long families = Math.round(people / 3.4);
        long posyandu = 3 + random.nextInt(6);
        numbers.put("jumlah_penduduk", people);
        numbers.put("peserta_bpjs", Math.round(people * (0.5 + random.nextDouble() * 0.45)));
        numbers.put("jumlah_keluarga", families);
        numbers.put("jumlah_kk", families);
        numbers.put("keluarga_listrik", Math.round(families * (0.9 + random.nextDouble() * 0.1)));
        numbers.put("jumlah_posyandu", posyandu);
        numbers.put("posyandu_aktif", posyandu - random.nextInt(3));
        numbers.put("waktu_sarkes", 5L + random.nextInt(50));
        Map<String, String> out = new LinkedHashMap<>();
        List<Katalog.Indikator> list = katalog.indikator();
        for (Katalog.Indikator ind : list.subList(0, Math.min(indicators, list.size()))) {
            for (Katalog.Pertanyaan q : ind.pertanyaan()) {
                out.putIfAbsent(
                        q.kode(),
                        switch (q.jenis()) {
                            case "YA_TIDAK" -> random.nextInt(4) == 0 ? "TIDAK" : "YA";
                            case "PILIHAN" ->
                                q.opsi().get(random.nextInt(q.opsi().size())).kode();
                            default -> Long.toString(numbers.computeIfAbsent(q.kode(), k -> angka(q, random)));
                        });
            }
        }
        return out;
    }

    /**
     * Plausible Indeks Desa answers for the first {@code items} items: each item's allowed score
     * nearest to a level of the desa ({@code level} 1–5) give or take, as the field {@code b<n>}.
     */
    public static Map<String, String> isiIndeksDesa(KatalogIndeksDesa k, Random random, int items, double level) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KatalogIndeksDesa.Butir b :
                k.butir().subList(0, Math.min(items, k.butir().size()))) {
            out.put(b.isian(), Integer.toString(b.terdekat(level + random.nextGaussian() * 1.2)));
        }
        return out;
    }

    /** A number of the size such a question has in a Javanese desa: distances, a few institutions. */
    private static long angka(Katalog.Pertanyaan q, Random random) {
        long value = switch (q.satuan() == null ? "" : q.satuan()) {
            case "meter" -> 200 + random.nextInt(6_000);
            case "km" -> 1 + random.nextInt(12);
            case "orang" -> random.nextInt(4);
            case "kali" -> random.nextInt(12);
            default -> random.nextInt(4);
        };
        if (q.kode().startsWith("jumlah_agama")
                || q.kode().startsWith("jumlah_suku")
                || q.kode().startsWith("jumlah_bahasa")) {
            value = 1 + random.nextInt(2);
        }
        if (q.maks() != null) {
            value = Math.min(value, q.maks().longValue());
        }
        return Math.max(value, q.min() == null ? 0 : q.min().longValue());
    }
}
