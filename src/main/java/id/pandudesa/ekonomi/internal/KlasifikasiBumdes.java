package id.pandudesa.ekonomi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The class of a BUMDes from its yearly self-assessment (Permendesa PDTT 3/2021, Kepmendesa
 * 145/2022): seven aspects scored 0–100, a weighted mean, and cut-offs between Perintis, Pemula,
 * Berkembang and Maju. Weights and cut-offs are configuration ({@code pandu.ekonomi.bumdes.*}):
 * only "Perintis below 55" is confirmed from the regulation; the other cut-offs and equal weights
 * are defaults to be confirmed.
 */
@Component
public class KlasifikasiBumdes {

    public enum Aspek {
        KELEMBAGAAN,
        MANAJEMEN,
        USAHA,
        KEMITRAAN,
        ASET_PERMODALAN,
        ADMINISTRASI_PELAPORAN,
        MANFAAT_DESA
    }

    enum Kelas {
        PERINTIS,
        PEMULA,
        BERKEMBANG,
        MAJU
    }

    record Hasil(BigDecimal total, Kelas kelas) {}

    private final Map<Aspek, Integer> bobot = new EnumMap<>(Aspek.class);
    private final List<Integer> batas;

    public KlasifikasiBumdes(
            @Value("${pandu.ekonomi.bumdes.bobot:1,1,1,1,1,1,1}") List<Integer> bobot,
            @Value("${pandu.ekonomi.bumdes.batas:55,70,85}") List<Integer> batas) {
        if (bobot.size() != Aspek.values().length
                || bobot.stream().anyMatch(b -> b < 0)
                || bobot.stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalStateException("pandu.ekonomi.bumdes.bobot needs 7 non-negative weights, not all zero");
        }
        if (batas.size() != 3 || !(batas.get(0) < batas.get(1) && batas.get(1) < batas.get(2))) {
            throw new IllegalStateException(
                    "pandu.ekonomi.bumdes.batas needs 3 rising cut-offs (Pemula, Berkembang, Maju)");
        }
        for (Aspek a : Aspek.values()) {
            this.bobot.put(a, bobot.get(a.ordinal()));
        }
        this.batas = List.copyOf(batas);
    }

    /** The weighted mean of the aspect scores (two decimals, half up) and the class it falls in. */
    Hasil nilai(Map<Aspek, Integer> skor) {
        long sum = 0;
        long weights = 0;
        for (Aspek a : Aspek.values()) {
            Integer s = skor.get(a);
            if (s == null || s < 0 || s > 100) {
                throw new IllegalArgumentException("score of " + a + " must be 0-100");
            }
            sum += (long) s * bobot.get(a);
            weights += bobot.get(a);
        }
        BigDecimal total = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        return new Hasil(total, kelas(total));
    }

    Kelas kelas(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(batas.get(0))) < 0) {
            return Kelas.PERINTIS;
        }
        if (total.compareTo(BigDecimal.valueOf(batas.get(1))) < 0) {
            return Kelas.PEMULA;
        }
        if (total.compareTo(BigDecimal.valueOf(batas.get(2))) < 0) {
            return Kelas.BERKEMBANG;
        }
        return Kelas.MAJU;
    }
}
