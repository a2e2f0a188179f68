package id.pandudesa.wilayah;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.internal.WilayahRepository;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the region tree. Regions are public reference data, loaded once on
 * the first start and never changed after; the lookups asked on nearly every request (a region by
 * its code, the number of desa under a region) are therefore kept in memory once found.
 */
@Service
@Transactional(readOnly = true)
public class WilayahApi {

    private final WilayahRepository regions;

    /** Regions found by code; misses are not kept (the tree may still be loading on a first start). */
    private final Cache<String, Wilayah> byCode =
            Caffeine.newBuilder().maximumSize(20_000).build();

    /** Desa counts per group; empty answers are not kept, for the same reason. */
    private final Cache<JumlahDesa, Map<String, Long>> counts =
            Caffeine.newBuilder().maximumSize(5_000).build();

    private record JumlahDesa(Set<String> prefiks, int panjang) {}

    WilayahApi(WilayahRepository regions) {
        this.regions = regions;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Wilayah> cari(String kode) {
        String normal = KodeWilayah.normalisasi(kode);
        if (!KodeWilayah.formatValid(normal)) {
            return Optional.empty();
        }
        Wilayah known = byCode.getIfPresent(normal);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Wilayah> found = regions.findByKode(normal);
        found.ifPresent(w -> byCode.put(normal, w));
        return found;
    }

    public Wilayah wajib(String kode) {
        return cari(kode).orElseThrow(() -> new NotFoundException("wilayah.tidakDitemukan", kode));
    }

    public boolean ada(String kode) {
        return cari(kode).isPresent();
    }

    /** The regions with these codes (unknown codes are left out), keyed by code. */
    public Map<String, Wilayah> semua(Collection<String> kode) {
        return regions.findAll(kode);
    }

    public PageResult<Wilayah> anak(String kode, PageQuery page) {
        return regions.children(kode, page);
    }

    public PageResult<Wilayah> cariNama(String teks, PageQuery page) {
        return regions.search(teks, page);
    }

    /** The region and its ancestors, from provinsi down. */
    public List<Wilayah> garisInduk(String kode) {
        return List.copyOf(regions.findAll(KodeWilayah.garisInduk(kode)).values()).stream()
                .sorted(java.util.Comparator.comparingInt(w -> w.kode().length()))
                .toList();
    }

    public RingkasanWilayah ringkasan() {
        return regions.summary();
    }

    /** The local word for a desa in that region (the longest matching provinsi/kabupaten entry wins). */
    public SebutanDesa sebutan(String kode) {
        return regions.sebutan(kode);
    }

    public ZonaWaktu zonaWaktu(String kode) {
        return ZonaWaktu.dariKode(kode);
    }

    /** Every desa code (desa and desa adat, not kelurahan) in batches, in code order. */
    public void setiapKodeDesa(int batchSize, java.util.function.Consumer<List<String>> batch) {
        regions.villageCodes(batchSize, batch);
    }

    /**
     * How many desa (not kelurahan) lie under the prefixes ({@code ""} for the country), per group of
     * the first {@code panjang} characters of their code (0: one total under the key {@code ""}).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, Long> jumlahDesa(Collection<String> prefiks, int panjang) {
        if (prefiks.isEmpty()) {
            return Map.of();
        }
        JumlahDesa key = new JumlahDesa(Set.copyOf(prefiks), panjang);
        Map<String, Long> known = counts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Map<String, Long> found = Collections.unmodifiableMap(regions.villageCounts(prefiks, panjang));
        if (!found.isEmpty()) {
            counts.put(key, found);
        }
        return found;
    }

    /** The desa (level DESA, any kind) of a page of desa codes under the given prefixes. */
    public PageResult<Wilayah> desaDalam(Collection<String> prefiks, PageQuery page) {
        return regions.villagesUnder(prefiks, page);
    }
}
