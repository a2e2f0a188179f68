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

    private final Map<String, PenilaiKatalog> catalogues = new LinkedHashMap<>();
    private final IndeksDesaCalculator indeksDesa =
            new IndeksDesaCalculator(KatalogIndeksDesa.muat("indeks/indeks-desa/katalog.json"));

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
        return indeksDesa;
    }

    List<PenilaiKatalog> semua() {
        return List.copyOf(catalogues.values());
    }
}
