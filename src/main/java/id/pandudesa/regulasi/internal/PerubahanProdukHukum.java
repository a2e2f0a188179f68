package id.pandudesa.regulasi.internal;

/** What a new regulation does to an earlier one of the same kind. */
public enum PerubahanProdukHukum {
    UBAH,
    CABUT
}
