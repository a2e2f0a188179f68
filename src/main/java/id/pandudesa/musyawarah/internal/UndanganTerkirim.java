package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.platform.notifikasi.SaluranPesan;
import id.pandudesa.wilayah.WilayahApi;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation to each invitee with a phone number or e-mail through the outbox (SMS or
 * e-mail, with the meeting's title, day, time and place), once: only contacts newly on the list.
 */
@Component
class UndanganTerkirim {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);

    private final Notifikasi outbox;
    private final WilayahApi wilayah;

    UndanganTerkirim(Notifikasi outbox, WilayahApi wilayah) {
        this.outbox = outbox;
        this.wilayah = wilayah;
    }

    void kirim(Musyawarah m, Set<String> alreadyInvited) {
        id.pandudesa.wilayah.SebutanDesa kata = wilayah.sebutan(m.kodeDesa());
        String desa = kata.nama(wilayah.cari(m.kodeDesa()).map(w -> w.nama()).orElse(m.kodeDesa()));
        String subject = "Undangan " + m.judul();
        for (Undangan u : m.undangan()) {
            if (u.kontak() == null || alreadyInvited.contains(u.kontak())) {
                continue;
            }
            String text = "Yth. " + u.nama() + ", Anda diundang menghadiri " + m.judul() + " " + desa + " pada "
                    + (m.tanggal() == null ? "(tanggal menyusul)" : HARI.format(m.tanggal()))
                    + (m.jam() == null
                            ? ""
                            : " pukul " + m.jam() + " "
                                    + wilayah.zonaWaktu(m.kodeDesa()).name())
                    + (m.tempat() == null ? "" : " di " + m.tempat()) + ". Terima kasih.";
            outbox.antre(SaluranPesan.untukKontak(u.kontak()), u.kontak(), subject, text, m.kodeDesa());
        }
    }
}
