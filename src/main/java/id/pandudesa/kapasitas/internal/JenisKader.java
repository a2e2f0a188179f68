package id.pandudesa.kapasitas.internal;

/** Kinds of village cadres; KPMD first, the others as villages name them most often. */
enum JenisKader {
    KPMD,
    POSYANDU,
    TEKNIK,
    DIGITAL,
    PKK,
    KESEHATAN,
    PERTANIAN,
    LAINNYA
}
