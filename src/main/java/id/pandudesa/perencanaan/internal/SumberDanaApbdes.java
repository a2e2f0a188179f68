package id.pandudesa.perencanaan.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a belanja line's money comes from, in Siskeudes' codes (the optional {@code sumber_dana}
 * column of the APBDes table, CONTRACTS "realisasi APBDes"), so that Dana Desa spending can be told
 * apart from ADD, PAD and the rest. Siskeudes writes the tax-and-levy share {@code PBH} as well as
 * {@code DBH}: both are read as {@code DBH}.
 */
enum SumberDanaApbdes {
    /** Dana Desa (APBN). */
    DDS,
    /** Alokasi Dana Desa. */
    ADD,
    /** Pendapatan Asli Desa. */
    PAD,
    /** Bagi hasil pajak dan retribusi daerah. */
    DBH,
    /** Bantuan keuangan kabupaten/kota. */
    PBK,
    /** Bantuan keuangan provinsi. */
    PBP,
    /** Lain-lain pendapatan desa yang sah. */
    DLL;

    /** A code as a sheet or Siskeudes writes it; empty when it is no source of funds. */
    static Optional<SumberDanaApbdes> baca(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("PBH")) {
            return Optional.of(DBH);
        }
        for (SumberDanaApbdes s : values()) {
            if (s.name().equals(c)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The APBDes source of an RKPDes kegiatan's source of funds. */
    static SumberDanaApbdes dari(RencanaDesa.SumberDana rkpdes) {
        return switch (rkpdes) {
            case DDS -> DDS;
            case ADD -> ADD;
            case PAD -> PAD;
            case BHPR -> DBH;
            case BKP -> PBP;
            case BKK -> PBK;
            case LAIN -> DLL;
        };
    }

    /** The codes a person may write, for a refusal's message. */
    static String daftar() {
        return String.join(
                ", ", java.util.Arrays.stream(values()).map(Enum::name).toList());
    }

    /** Figures per source of funds in this order (Dana Desa first), those without figures left out. */
    static <V> java.util.Map<String, V> menurutUrutan(java.util.Map<String, V> bySource) {
        java.util.Map<String, V> out = new java.util.LinkedHashMap<>();
        for (SumberDanaApbdes s : values()) {
            if (bySource.containsKey(s.name())) {
                out.put(s.name(), bySource.get(s.name()));
            }
        }
        return out;
    }
}
