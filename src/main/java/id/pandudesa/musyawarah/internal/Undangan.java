package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.privasi.Pribadi;
import id.pandudesa.platform.privasi.Sandi;
import id.pandudesa.wilayah.UnsurMasyarakat;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone invited to a meeting, by unsur, with a phone number or e-mail for the invitation
 * (optional). The contact is stored encrypted with its fingerprint (platform.privasi): made with
 * {@link #baru} from what was typed, read back with {@link #kontak()} in the clear.
 */
@Table("musyawarah_undangan")
public record Undangan(
        String kodeDesa,
        @Pribadi String nama,
        UnsurMasyarakat unsur,
        String keterangan,
        @Pribadi String kontak,
        String kontakSidik) {

    public Undangan {
        if (kontak != null && !Sandi.tersandi(kontak)) {
            kontakSidik = Sandi.sidikKontak(kontak);
            kontak = Sandi.simpanKontak(kontak);
        }
    }

    /** An invitee as typed (the contact in the clear, or null). */
    public static Undangan baru(String kodeDesa, String nama, UnsurMasyarakat unsur, String keterangan, String kontak) {
        return new Undangan(kodeDesa, nama, unsur, keterangan, kontak, null);
    }

    /** The contact in the clear. */
    @Override
    public String kontak() {
        return Sandi.buka(kontak);
    }
}
