package id.pandudesa.indeks.internal;

import id.pandudesa.platform.tabel.TabelMasuk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Indeks Desa (Permendesa PDTT 9/2024) as data: the descriptor {@code
 * indeks/indeks-desa/katalog.json} (divisor, scale, status cut-offs, dimensions, the spreadsheet's
 * key columns) and the item table {@code indeks/indeks-desa/butir.csv} (127 items with their
 * dimension, indicator, allowed scores, the recommendation per score and who acts). Nothing of the
 * index is in code: a corrected cut-off or divisor is an edit of the descriptor.
 *
 * @param pembagi the total divisor (5 × the number of items)
 * @param status from the highest to the lowest, each from its {@code skorMinimal} up
 */
public record KatalogIndeksDesa(
        String kode,
        String versi,
        String nama,
        String dasarHukum,
        int berlakuMulaiTahun,
        int skorMaks,
        int pembagi,
        int skala,
        int desimal,
        List<Dimensi> dimensi,
        List<Status> status,
        String kolomKode,
        String kolomTahun,
        List<String> kolomLain,
        List<Butir> butir) {

    /** A dimension: its items' scores summed, divided by its own maximum. */
    public record Dimensi(String kode, String nama, String namaBerkas, String kolom) {}

    public record Status(String kode, String label, BigDecimal skorMinimal) {}

    /**
     * One scored item.
     *
     * @param no 1–127, its place in the ministry's spreadsheet
     * @param judul its column header there; {@code alias} other headers seen for it
     * @param skorSah the scores it may take
     * @param rekomendasi the recommended action per score 1–4 (empty: none)
     * @param pelaksana who acts: {@code pusat}, {@code provinsi}, {@code kabupaten}, {@code desa},
     *     {@code lainnya}
     */
    public record Butir(
            int no,
            String dimensi,
            String subDimensi,
            String indikator,
            String judul,
            List<String> alias,
            List<Integer> skorSah,
            List<String> rekomendasi,
            Map<String, String> pelaksana) {

        /** Its field in the questionnaire's form and stored answers. */
        public String isian() {
            return "b" + no;
        }

        public boolean sah(int skor) {
            return skorSah.contains(skor);
        }

        /** The allowed score nearest to {@code x} (the lower one on a tie): made-up data stays valid. */
        public int terdekat(double x) {
            int best = skorSah.getFirst();
            for (int v : skorSah) {
                if (Math.abs(v - x) < Math.abs(best - x)) {
                    best = v;
                }
            }
            return best;
        }

        /**
         * What a score says of the village, in the recommendation's own words: the situation it
         * names before "…, Perlu …", or the whole text when it names none; empty at a score without a
         * recommendation (the item's best).
         */
        public Optional<String> arti(int skor) {
            return rekomendasiUntuk(skor).map(text -> {
                int cut = text.toLowerCase(Locale.ROOT).indexOf(", perlu");
                return cut > 0 ? text.substring(0, cut).trim() : text.trim();
            });
        }

        /** What to do at a score below the maximum, if the table names it. */
        public Optional<String> rekomendasiUntuk(int skor) {
            return skor >= 1
                            && skor <= rekomendasi.size()
                            && !rekomendasi.get(skor - 1).isBlank()
                    ? Optional.of(rekomendasi.get(skor - 1))
                    : Optional.empty();
        }
    }

    /** Index of each dimension code in {@link #dimensi()}. */
    public int posisiDimensi(String kode) {
        for (int i = 0; i < dimensi.size(); i++) {
            if (dimensi.get(i).kode().equals(kode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + kode);
    }

    /** How many items each dimension has, in the order of {@link #dimensi()}. */
    public int[] jumlahButirPerDimensi() {
        int[] n = new int[dimensi.size()];
        butir.forEach(b -> n[posisiDimensi(b.dimensi())]++);
        return n;
    }

    /** The descriptor as the JSON file holds it, before the items are read. */
    record Berkas(
            String kode,
            String versi,
            String nama,
            String dasarHukum,
            int berlakuMulaiTahun,
            String butir,
            int skorMaks,
            int pembagi,
            int skala,
            int desimal,
            List<Dimensi> dimensi,
            List<Status> status,
            String kolomKode,
            String kolomTahun,
            List<String> kolomLain) {}

    /** Reads the descriptor and its item table from the classpath and checks they agree. */
    static KatalogIndeksDesa muat(String descriptor) {
        return muat(new ClassPathResource(descriptor));
    }

    /** As {@link #muat(String)} from a found descriptor (its item table named in it, from the classpath). */
    static KatalogIndeksDesa muat(Resource descriptor) {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = descriptor.getInputStream()) {
            Berkas f = json.readValue(in, Berkas.class);
            List<Butir> items = bacaButir(f);
            KatalogIndeksDesa k = new KatalogIndeksDesa(
                    f.kode(),
                    f.versi(),
                    f.nama(),
                    f.dasarHukum(),
                    f.berlakuMulaiTahun(),
                    f.skorMaks(),
                    f.pembagi(),
                    f.skala(),
                    f.desimal(),
                    List.copyOf(f.dimensi()),
                    List.copyOf(f.status()),
                    f.kolomKode(),
                    f.kolomTahun(),
                    List.copyOf(f.kolomLain()),
                    items);
            if (k.pembagi() != k.skorMaks() * items.size()) {
                throw new IllegalStateException(
                        "divisor " + k.pembagi() + " is not " + k.skorMaks() + " × " + items.size() + " items");
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + descriptor, e);
        }
    }

    private static List<Butir> bacaButir(Berkas f) throws IOException {
        Map<String, String> dimensionByName = new LinkedHashMap<>();
        f.dimensi().forEach(d -> dimensionByName.put(d.namaBerkas().toUpperCase(Locale.ROOT), d.kode()));
        List<Butir> out = new ArrayList<>();
        try (InputStream in = new ClassPathResource(f.butir()).getInputStream()) {
            TabelMasuk table = TabelMasuk.csv(in);
            for (Map<String, String> row : table.rows()) {
                String dimension = dimensionByName.get(row.get("dimensi").trim().toUpperCase(Locale.ROOT));
                if (dimension == null) {
                    throw new IllegalStateException(
                            "item " + row.get("no") + ": unknown dimension " + row.get("dimensi"));
                }
                Map<String, String> actors = new LinkedHashMap<>();
                for (String who : List.of("pusat", "provinsi", "kabupaten", "desa", "lainnya")) {
                    String v = row.getOrDefault("pelaksana_" + who, "").trim();
                    if (!v.isEmpty()) {
                        actors.put(who, v);
                    }
                }
                out.add(new Butir(
                        Integer.parseInt(row.get("no").trim()),
                        dimension,
                        row.get("sub_dimensi"),
                        row.get("indikator"),
                        row.get("butir").trim(),
                        Arrays.stream(row.getOrDefault("alias", "").split("\\|"))
                                .map(String::trim)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        Arrays.stream(row.get("skor_sah").split(","))
                                .map(String::trim)
                                .map(Integer::valueOf)
                                .toList(),
                        List.of(
                                row.getOrDefault("rekomendasi_1", ""),
                                row.getOrDefault("rekomendasi_2", ""),
                                row.getOrDefault("rekomendasi_3", ""),
                                row.getOrDefault("rekomendasi_4", "")),
                        actors));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).no() != i + 1) {
                throw new IllegalStateException("items out of order at " + (i + 1));
            }
        }
        return List.copyOf(out);
    }
}
