package id.pandudesa.regulasi.internal;

/** Whether an adopted regulation still stands, or was amended or revoked by a later one. */
public enum BerlakuProdukHukum {
    BERLAKU,
    DIUBAH,
    DICABUT
}
