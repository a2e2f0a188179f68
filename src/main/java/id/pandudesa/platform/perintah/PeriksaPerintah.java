package id.pandudesa.platform.perintah;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stops the start when {@code --pandu.perintah} names no command, listing the ones there are. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeriksaPerintah implements ApplicationRunner {

    private final List<Perintah> perintah;
    private final String diminta;

    PeriksaPerintah(List<Perintah> perintah, @Value("${" + Perintah.SETELAN + ":}") String diminta) {
        this.perintah = perintah;
        this.diminta = diminta;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (diminta.isBlank() || perintah.stream().anyMatch(p -> p.nama().equals(diminta))) {
            return;
        }
        throw new IllegalArgumentException("pandu.perintah=" + diminta + " is not a command; the commands are "
                + perintah.stream().map(Perintah::nama).sorted().toList());
    }
}
