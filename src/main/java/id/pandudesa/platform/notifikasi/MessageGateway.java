package id.pandudesa.platform.notifikasi;

/**
 * A gateway that delivers notifications of one channel: e-mail is built in; an SMS or WhatsApp
 * provider is plugged in by declaring a bean of this type (or by configuring the generic HTTP
 * gateway, {@code pandu.notifikasi.webhook.*}). A failure is an exception: the outbox retries.
 */
public interface MessageGateway {

    SaluranPesan saluran();

    /** Whether it can send now (e-mail only once an SMTP server is configured). */
    default boolean aktif() {
        return true;
    }

    void kirim(String tujuan, String subjek, String isi) throws Exception;
}
