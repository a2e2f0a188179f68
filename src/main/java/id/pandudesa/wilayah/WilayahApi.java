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

    RingkasanWilayah ringkasan();

    /** The local word for a desa in that region (the longest matching provinsi/kabupaten entry wins). */
    SebutanDesa sebutan(String kode);

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
