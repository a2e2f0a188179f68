package id.pandudesa.platform.privasi;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --pandu.perintah=retensi-data}: applies the retention periods now
 * and exits; with {@code --pandu.perintah.coba=true} it only reports what is due (the dry run to
 * read before the nightly job's first run, or after changing a period).
 */
@Component
@ConditionalOnProperty(name = "pandu.perintah", havingValue = "retensi-data")
class PerintahRetensi implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PerintahRetensi.class);

    private final RetensiDataPribadi retensi;
    private final ApplicationContext context;
    private final Clock clock;
    private final boolean coba;

    PerintahRetensi(
            RetensiDataPribadi retensi,
            ApplicationContext context,
            Clock clock,
            @Value("${pandu.perintah.coba:false}") boolean coba) {
        this.retensi = retensi;
        this.context = context;
        this.clock = clock;
        this.coba = coba;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (RetensiDataPribadi.Baris b : retensi.jalankan(Instant.now(clock), coba)) {
            log.info(
                    "{} {}: {} ({} data before {})",
                    coba ? "Jatuh tempo" : "Dianonimkan",
                    b.aturan(),
                    b.jumlah(),
                    b.masa(),
                    b.batas());
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
