package id.pandudesa.regulasi.internal;

/** A regulation's steps, in order (Permendagri 111/2014). */
public enum StatusProdukHukum {
    RANCANGAN,
    DIBAHAS,
    DISEPAKATI,
    MENUNGGU_EVALUASI,
    DIEVALUASI,
    DITETAPKAN,
    DIUNDANGKAN
}
