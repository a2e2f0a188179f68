package id.pandudesa.platform.privasi;

/** The two kinds of personal data of UU 27/2022 Pasal 4. */
public enum KategoriData {
    /** Data pribadi yang bersifat umum: name, sex, contact, position, photo… */
    UMUM,
    /** Data pribadi yang bersifat spesifik: health (disability), financial (poor household)… */
    SPESIFIK
}
