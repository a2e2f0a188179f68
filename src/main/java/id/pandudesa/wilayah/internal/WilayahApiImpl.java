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

    WilayahApiImpl(WilayahRepository regions) {
        this.regions = regions;
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
        return regions.sebutan(kode);
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
