package id.pandudesa.wilayah;

import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the region tree. Regions are public reference data, loaded once on
 * the first start and never changed after; the lookups asked on nearly every request (a region by
 * its code, the number of desa under a region) are therefore kept in memory once found.
 */
public interface WilayahApi {

    Optional<Wilayah> cari(String kode);

    Wilayah wajib(String kode);

    boolean ada(String kode);

    /** The regions with these codes (unknown codes are left out), keyed by code. */
    Map<String, Wilayah> semua(Collection<String> kode);

    PageResult<Wilayah> anak(String kode, PageQuery page);

    PageResult<Wilayah> cariNama(String teks, PageQuery page);

    /** The region and its ancestors, from provinsi down. */
    List<Wilayah> garisInduk(String kode);

    /**
     * The region and those above it as a letterhead writes them, from the nearest up: "KECAMATAN
     * DIWEK - KABUPATEN JOMBANG - PROVINSI JAWA TIMUR" (a desa itself is left out: its own line
     * comes first on its letterhead).
     */
    default String barisKop(String kode) {
        java.util.Locale id = java.util.Locale.forLanguageTag("id");
        List<Wilayah> path = garisInduk(kode);
        List<String> names = new java.util.ArrayList<>();
        for (int i = path.size() - 1; i >= 0; i--) {
            Wilayah w = path.get(i);
            switch (w.tingkat()) {
                case KECAMATAN -> names.add("KECAMATAN " + w.nama().toUpperCase(id));
                case PROVINSI -> names.add("PROVINSI " + w.nama().toUpperCase(id));
                case DESA -> {
                    // its own line
                }
                default -> names.add(w.nama().toUpperCase(id));
            }
        }
        return String.join(" - ", names);
    }

    RingkasanWilayah ringkasan();

    /** The local words for a desa in that region (the longest matching provinsi/kabupaten entry wins). */
    SebutanDesa sebutan(String kode);

    /** Every region (provinsi or kabupaten code) with its own words, by code. */
    Map<String, SebutanDesa> semuaSebutan();

    /** Sets a provinsi's or kabupaten's words (audited); the caller has checked who may. */
    void simpanSebutan(String kode, SebutanDesa sebutan, String oleh);

    ZonaWaktu zonaWaktu(String kode);

    /** Every desa code (desa and desa adat, not kelurahan) in batches, in code order. */
    void setiapKodeDesa(int batchSize, java.util.function.Consumer<List<String>> batch);

    /**
     * How many desa (not kelurahan) lie under the prefixes ({@code ""} for the country), per group of
     * the first {@code panjang} characters of their code (0: one total under the key {@code ""}).
     */
    Map<String, Long> jumlahDesa(Collection<String> prefiks, int panjang);

    /** The desa (level DESA, any kind) of a page of desa codes under the given prefixes. */
    PageResult<Wilayah> desaDalam(Collection<String> prefiks, PageQuery page);
}
