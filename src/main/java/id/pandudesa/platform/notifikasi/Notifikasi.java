package id.pandudesa.platform.notifikasi;

import id.pandudesa.platform.privasi.Sandi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a notification in the transaction of the change it announces (an outbox): if the change
 * rolls back, nothing is sent; once it commits, {@link PengirimNotifikasi} delivers it, retrying
 * while a gateway is down.
 */
@Service
public class Notifikasi {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifikasi(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The keyed fingerprint of an address as the outbox stores it beside the encrypted address (the
     * address itself is a phone number or e-mail of someone who may not be staff).
     */
    public static String sidikTujuan(String tujuan) {
        return tujuan == null ? null : Sandi.aktif().sidik(Sandi.kontakNormal(tujuan));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void antre(SaluranPesan saluran, String tujuan, String subjek, String isi, String kodeDesa) {
        if (tujuan == null || tujuan.isBlank()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        INSERT INTO notifikasi (saluran, tujuan, tujuan_sidik, subjek, isi, kode_desa, dibuat, coba_lagi)
                        VALUES (:s, :t, :ts, :j, :i, :d, :n, :n)""")
                .param("s", saluran.name())
                .param("t", Sandi.aktif().enkripsi(tujuan.strip()))
                .param("ts", sidikTujuan(tujuan))
                .param("j", subjek.length() > 200 ? subjek.substring(0, 200) : subjek)
                .param("i", isi)
                .param("d", kodeDesa)
                .param("n", now)
                .update();
    }
}
