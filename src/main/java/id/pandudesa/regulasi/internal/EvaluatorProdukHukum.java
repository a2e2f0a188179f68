package id.pandudesa.regulasi.internal;

/** Who evaluated a draft: the Camat (delegated) or the Bupati/Wali Kota (recorded by a TA or an admin). */
public enum EvaluatorProdukHukum {
    CAMAT,
    BUPATI
}
