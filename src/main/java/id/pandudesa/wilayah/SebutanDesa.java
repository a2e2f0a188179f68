package id.pandudesa.wilayah;

import java.util.Locale;

/**
 * The local words for a desa, its people and its documents (a <em>gampong</em> with its keuchik,
 * tuha peuet, RPJMG, RKPG, APBG, BUMG and qanun gampong in Aceh; a <em>nagari</em> in Sumatera
 * Barat; a <em>kalurahan</em> in DI Yogyakarta; …). Data per provinsi or kabupaten (the longer code
 * wins); {@link #DESA} is the national default. Pages, documents and notifications of a village
 * speak its words through this record.
 */
public record SebutanDesa(
        String desa,
        String kepalaDesa,
        String rpjm,
        String rkp,
        String apb,
        String bum,
        String bpd,
        String sekretaris,
        String musyawarah,
        String perdes) {

    public static final SebutanDesa DESA = new SebutanDesa(
            "Desa",
            "Kepala Desa",
            "RPJMDes",
            "RKPDes",
            "APBDes",
            "BUMDes",
            "BPD",
            "Sekretaris Desa",
            "Musyawarah Desa",
            "Peraturan Desa");

    /**
     * A village's name as its people write it: "Gampong Lamreung", "Desa Cukir" — and a name that
     * already begins with the word keeps it once ("Kampung Baru", not "Kampung Kampung Baru").
     */
    public String nama(String namaWilayah) {
        if (namaWilayah == null || namaWilayah.isBlank()) {
            return desa;
        }
        String lower = namaWilayah.toLowerCase(Locale.ROOT);
        return lower.startsWith(desa.toLowerCase(Locale.ROOT) + " ") ? namaWilayah : desa + " " + namaWilayah;
    }

    /** The first letterhead line of the village government: "PEMERINTAH GAMPONG JANTANG". */
    public String kopPemerintah(String namaWilayah) {
        return ("PEMERINTAH " + nama(namaWilayah)).toUpperCase(Locale.forLanguageTag("id"));
    }

    /**
     * A village's document or body with its name, without saying the village word twice: "APBG
     * Gampong Jantang", "APBDes Desa Cukir", but "APB Nagari Tiku Selatan" (not "APB Nagari Nagari
     * Tiku Selatan") and "BUM Pekon Sukamaju".
     */
    public String milik(String dokumen, String namaWilayah) {
        String akhir = " " + desa.toLowerCase(Locale.ROOT);
        if (dokumen.toLowerCase(Locale.ROOT).endsWith(akhir) && namaWilayah != null && !namaWilayah.isBlank()) {
            String bare = namaWilayah.toLowerCase(Locale.ROOT).startsWith(desa.toLowerCase(Locale.ROOT) + " ")
                    ? namaWilayah.substring(desa.length() + 1)
                    : namaWilayah;
            return dokumen + " " + bare;
        }
        return dokumen + " " + nama(namaWilayah);
    }

    /** The word in lower case inside a sentence ("kas gampong", "warga nagari"). */
    public String desaKecil() {
        return desa.toLowerCase(Locale.forLanguageTag("id"));
    }

    /**
     * A text written with the national terms, in this village's words: the compound terms only
     * ("Musyawarah Desa", "Kepala Desa", "Pemerintah Desa", "Badan Permusyawaratan Desa", "BPD",
     * "RPJMDes", "RKPDes", "APBDes", "BUMDes", "Peraturan Desa", "Sekretaris Desa"). Names that stay
     * national whatever the village calls itself — Dana Desa, Pendamping Desa, Indeks Desa — are left
     * as they are, and so is a lone "desa".
     */
    public String terapkan(String teks) {
        if (teks == null || this.equals(DESA)) {
            return teks;
        }
        return teks.replace("Badan Permusyawaratan Desa", bpd)
                .replace("Musyawarah Desa", musyawarah)
                .replace("Kepala Desa", kepalaDesa)
                .replace("Sekretaris Desa", sekretaris)
                .replace("Peraturan Desa", perdes)
                .replace("Pemerintah Desa", "Pemerintah " + desa)
                .replace("PEMERINTAH DESA", "PEMERINTAH " + desa.toUpperCase(Locale.forLanguageTag("id")))
                .replace("RPJMDes", rpjm)
                .replace("RKPDes", rkp)
                .replace("APBDes", apb)
                .replace("BUMDes", bum)
                .replaceAll("\\bBPD\\b", java.util.regex.Matcher.quoteReplacement(bpd));
    }

    /** The budget poster the village puts up (the Dana Desa poster): "Poster APBG". */
    public String poster() {
        return "Poster " + apb;
    }
}
