package id.pandudesa.indeks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The catalogues shipped with the application ({@code classpath:indeks/katalog/*.json}), by id. */
@Component
public class KatalogIndeks {

    static final String IDM = "IDM-2016";

    /** The Indeks Desa's code in its descriptor. */
    static final String INDEKS_DESA = "INDEKS_DESA";

    private final Map<String, PenilaiKatalog> catalogues = new LinkedHashMap<>();
    /** The score indexes ({@code classpath*:indeks/*}{@code /katalog.json}) by code, oldest first. */
    private final Map<String, IndeksDesaCalculator> scoreIndexes = new LinkedHashMap<>();

    public KatalogIndeks() {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:indeks/katalog/*.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Katalog katalog = json.readValue(in, Katalog.class);
                    catalogues.put(katalog.id(), new PenilaiKatalog(katalog));
                }
            }
            List<KatalogIndeksDesa> found = new java.util.ArrayList<>();
            for (Resource file :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:indeks/*/katalog.json")) {
                found.add(KatalogIndeksDesa.muat(file));
            }
            found.sort(java.util.Comparator.comparingInt(KatalogIndeksDesa::berlakuMulaiTahun)
                    .thenComparing(KatalogIndeksDesa::kode));
            for (KatalogIndeksDesa k : found) {
                if (scoreIndexes.putIfAbsent(k.kode(), new IndeksDesaCalculator(k)) != null) {
                    throw new IllegalStateException("two index catalogues with the code " + k.kode());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index catalogues", e);
        }
    }

    Optional<PenilaiKatalog> cari(String id) {
        return Optional.ofNullable(catalogues.get(id));
    }

    public PenilaiKatalog idm() {
        return cari(IDM).orElseThrow(() -> new IllegalStateException("IDM catalogue missing"));
    }

    /** The Indeks Desa (data years from 2024): its catalogue and calculator. */
    public IndeksDesaCalculator indeksDesa() {
        return skor(INDEKS_DESA).orElseThrow(() -> new IllegalStateException("Indeks Desa catalogue missing"));
    }

    /**
     * A score index by its code: any catalogue of item scores summed, divided and cut into statuses
     * (the Indeks Desa is the first); a new one is a descriptor and its item table, no code.
     */
    public Optional<IndeksDesaCalculator> skor(String kode) {
        return Optional.ofNullable(scoreIndexes.get(kode));
    }

    /** Every score index shipped, oldest first. */
    public List<IndeksDesaCalculator> semuaSkor() {
        return List.copyOf(scoreIndexes.values());
    }

    List<PenilaiKatalog> semua() {
        return List.copyOf(catalogues.values());
    }
}
