package id.pandudesa.platform.privasi;

import id.pandudesa.platform.perintah.Perintah;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --pandu.perintah=retensi-data}: applies the retention periods now
 * and exits; with {@code --pandu.perintah.coba=true} it only reports what is due (the dry run to
 * read before the nightly job's first run, or after changing a period).
 */
@Component
class PerintahRetensi extends Perintah {

    private static final Logger log = LoggerFactory.getLogger(PerintahRetensi.class);

    private final RetensiDataPribadi retensi;
    private final Clock clock;
    private final boolean coba;

    PerintahRetensi(RetensiDataPribadi retensi, Clock clock, @Value("${pandu.perintah.coba:false}") boolean coba) {
        super("retensi-data");
        this.retensi = retensi;
        this.clock = clock;
        this.coba = coba;
    }

    @Override
    protected int jalankan() {
        for (RetensiDataPribadi.Baris b : retensi.jalankan(Instant.now(clock), coba)) {
            log.info(
                    "{} {}: {} ({} data before {})",
                    coba ? "Jatuh tempo" : "Dianonimkan",
                    b.aturan(),
                    b.jumlah(),
                    b.masa(),
                    b.batas());
        }
        return 0;
    }
}
