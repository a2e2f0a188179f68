package id.pandudesa.wilayah;

/**
 * The local words for a desa and its documents (a <em>gampong</em> with RPJMG, RKPG, APBG and BUMG
 * in Aceh; a <em>nagari</em> in Sumatera Barat; …). Data per provinsi or kabupaten; {@link #DESA}
 * is the default.
 */
public record SebutanDesa(String desa, String kepalaDesa, String rpjm, String rkp, String apb, String bum) {

    public static final SebutanDesa DESA =
            new SebutanDesa("Desa", "Kepala Desa", "RPJMDes", "RKPDes", "APBDes", "BUMDes");
}
