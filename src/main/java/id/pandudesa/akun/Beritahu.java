package id.pandudesa.akun;

import id.pandudesa.akun.internal.AkunQueries;
import id.pandudesa.platform.notifikasi.Pemberitahuan;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users with an account that it is their turn or that their work moved on: in the app and,
 * through the outbox, to the e-mail and phone of their account. Every module notifies people by
 * username through this one service.
 */
@Service
public class Beritahu {

    private final AkunQueries akun;
    private final Pemberitahuan pemberitahuan;

    Beritahu(AkunQueries akun, Pemberitahuan pemberitahuan) {
        this.akun = akun;
        this.pemberitahuan = pemberitahuan;
    }

    /**
     * @param kunci the event (unique per event: a person is told of it once)
     * @param username who to tell; unknown names are skipped
     * @param pesan a message key, with {@code argumen}
     * @param tautan the page to open
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void kirim(String kunci, Collection<String> username, String pesan, List<?> argumen, String tautan) {
        if (username.isEmpty()) {
            return;
        }
        pemberitahuan.kirim(
                kunci,
                akun.kontak(username).stream()
                        .map(p -> new Pemberitahuan.Penerima(p.username(), p.email(), p.telepon()))
                        .toList(),
                pesan,
                argumen,
                tautan);
    }
}
