package id.pandudesa.platform.notifikasi;

/** How a notification reaches a person. */
public enum SaluranPesan {
    EMAIL,
    SMS,
    WHATSAPP;

    /** The channel for a contact as people write it: an e-mail address, else a phone number (SMS). */
    public static SaluranPesan untukKontak(String kontak) {
        return kontak != null && kontak.contains("@") ? EMAIL : SMS;
    }
}
