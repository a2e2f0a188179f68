package id.pandudesa.wilayah.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.RingkasanWilayah;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import id.pandudesa.wilayah.ZonaWaktu;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of {@link WilayahApi}. */
@Service
class WilayahApiImpl implements WilayahApi {

    private final WilayahRepository regions;

    /** Regions found by code; misses are not kept (the tree may still be loading on a first start). */
    private final Cache<String, Wilayah> byCode =
            Caffeine.newBuilder().maximumSize(20_000).build();

    /** Desa counts per group; empty answers are not kept, for the same reason. */
    private final Cache<JumlahDesa, Map<String, Long>> counts =
            Caffeine.newBuilder().maximumSize(5_000).build();

    private record JumlahDesa(Set<String> prefiks, int panjang) {}

    /** Forgets what this node remembers of the tree, after the official list was applied. */
    void lupakan() {
        byCode.invalidateAll();
        counts.invalidateAll();
    }

    /**
     * The words of each kabupaten, read once per five minutes: an admin's correction shows at once
     * on the node that saved it and within five minutes on the others.
     */
    private final Cache<String, SebutanDesa> words = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(java.time.Duration.ofMinutes(5))
            .build();

    private final id.pandudesa.platform.audit.AuditTrail audit;

    WilayahApiImpl(WilayahRepository regions, id.pandudesa.platform.audit.AuditTrail audit) {
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @Override
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

    @Override
    public Wilayah wajib(String kode) {
        return cari(kode).orElseThrow(() -> new NotFoundException("wilayah.tidakDitemukan", kode));
    }

    @Override
    public boolean ada(String kode) {
        return cari(kode).isPresent();
    }

    @Override
    public Map<String, Wilayah> semua(Collection<String> kode) {
        return regions.findAll(kode);
    }

    @Override
    public PageResult<Wilayah> anak(String kode, PageQuery page) {
        return regions.children(kode, page);
    }

    @Override
    public PageResult<Wilayah> cariNama(String teks, PageQuery page) {
        return regions.search(teks, page);
    }

    @Override
    public List<Wilayah> garisInduk(String kode) {
        return List.copyOf(regions.findAll(KodeWilayah.garisInduk(kode)).values()).stream()
                .sorted(java.util.Comparator.comparingInt(w -> w.kode().length()))
                .toList();
    }

    @Override
    public RingkasanWilayah ringkasan() {
        return regions.summary();
    }

    @Override
    public SebutanDesa sebutan(String kode) {
        String normal = KodeWilayah.normalisasi(kode);
        if (normal == null || normal.length() < 2) {
            return SebutanDesa.DESA;
        }
        return words.get(normal.length() >= 4 ? normal.substring(0, 4) : normal.substring(0, 2), regions::sebutan);
    }

    @Override
    public Map<String, SebutanDesa> semuaSebutan() {
        return regions.semuaSebutan();
    }

    @Transactional
    @Override
    public void simpanSebutan(String kode, SebutanDesa sebutan, String oleh) {
        String normal = KodeWilayah.normalisasi(kode);
        Wilayah region = wajib(normal);
        if (region.kode().length() != 2 && region.kode().length() != 4) {
            throw new IllegalArgumentException("words are kept per provinsi or kabupaten, not " + normal);
        }
        SebutanDesa before = regions.semuaSebutan().get(normal);
        regions.simpanSebutan(normal, sebutan, oleh);
        audit.record("UBAH", "wilayah.SebutanDesa", normal, null, before, sebutan);
        words.invalidateAll();
    }

    @Override
    public ZonaWaktu zonaWaktu(String kode) {
        return ZonaWaktu.dariKode(kode);
    }

    @Override
    public void setiapKodeDesa(int batchSize, java.util.function.Consumer<List<String>> batch) {
        regions.villageCodes(batchSize, batch);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @Override
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

    @Override
    public PageResult<Wilayah> desaDalam(Collection<String> prefiks, PageQuery page) {
        return regions.villagesUnder(prefiks, page);
    }
}
