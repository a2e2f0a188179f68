package id.pandudesa.platform.privasi;

import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * The record of processing (UU 27/2022 Pasal 31): every module's declared personal columns, with
 * the retention periods configured for them ({@code pandu.privasi.retensi.<rule>}, ISO periods).
 */
@Service
public class InventarisDataPribadi {

    /** A declared column with its module and the configured retention period (empty: as long as the record). */
    public record Baris(String modul, KolomPribadi kolom, Optional<Period> retensi) {}

    private final List<DeklarasiDataPribadi> deklarasi;
    private final Environment env;

    InventarisDataPribadi(List<DeklarasiDataPribadi> deklarasi, Environment env) {
        this.deklarasi = deklarasi;
        this.env = env;
    }

    /** Every declared column, by module, table and column. */
    public List<Baris> daftar() {
        return deklarasi.stream()
                .flatMap(d -> d.kolom().stream().map(k -> new Baris(d.modul(), k, retensi(k.retensi()))))
                .sorted(Comparator.comparing((Baris b) -> b.modul())
                        .thenComparing(b -> b.kolom().tabel())
                        .thenComparing(b -> b.kolom().kolom()))
                .toList();
    }

    /** Every module's declarations, as given. */
    public List<DeklarasiDataPribadi> deklarasi() {
        return deklarasi;
    }

    /**
     * Years a public form's personal data is kept, for its privacy notice: the complaint form's
     * identity rule; 0 for notices without a period.
     */
    public int tahunSimpan(String pemberitahuan) {
        if ("pengaduan".equals(pemberitahuan)) {
            return retensi("pengaduan-identitas").map(Period::getYears).orElse(0);
        }
        return 0;
    }

    /** The configured period of a retention rule; empty for {@link KolomPribadi#SELAMA_REKAMAN}. */
    public Optional<Period> retensi(String aturan) {
        if (KolomPribadi.SELAMA_REKAMAN.equals(aturan)) {
            return Optional.empty();
        }
        String value = env.getProperty("pandu.privasi.retensi." + aturan);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("no period configured for pandu.privasi.retensi." + aturan);
        }
        return Optional.of(Period.parse(value.trim()));
    }
}
