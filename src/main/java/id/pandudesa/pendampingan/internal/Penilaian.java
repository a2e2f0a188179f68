package id.pandudesa.pendampingan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessor's scores of a facilitator's quarter: the five aspects (0–100 each) of the BPSDM
 * guide as CONTRACTS names them, and a comment.
 */
@Table("evaluasi_penilaian")
public record Penilaian(
        String penilai,
        AturanEvaluasi.Sebagai sebagai,
        int administrasi,
        int kepatuhan,
        int kemampuanFasilitasi,
        int keaktifan,
        int capaianHasil,
        String catatan,
        Instant waktu) {

    /** The aspects in the contract's order and spelling. */
    public Map<String, Integer> nilai() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("ADMINISTRASI", administrasi);
        out.put("KEPATUHAN", kepatuhan);
        out.put("KEMAMPUAN_FASILITASI", kemampuanFasilitasi);
        out.put("KEAKTIFAN", keaktifan);
        out.put("CAPAIAN_HASIL", capaianHasil);
        return out;
    }

    int jumlah() {
        return administrasi + kepatuhan + kemampuanFasilitasi + keaktifan + capaianHasil;
    }

    /** The mean of the five, with two decimals (exact: a sum of five whole numbers over five). */
    public BigDecimal rataRata() {
        return BigDecimal.valueOf(jumlah()).divide(BigDecimal.valueOf(5), 2, RoundingMode.UNNECESSARY);
    }
}
