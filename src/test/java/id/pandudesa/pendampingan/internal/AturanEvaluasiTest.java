package id.pandudesa.pendampingan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is seen and assesses whom, and the weighted result to the cent. */
class AturanEvaluasiTest {

    static final Map<AturanEvaluasi.Sebagai, BigDecimal> BOBOT = Map.of(
            AturanEvaluasi.Sebagai.KOORDINATOR, new BigDecimal("0.7"),
            AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, new BigDecimal("0.3"));

    static PenggunaSaatIni orang(String username, Peran peran, String... scope) {
        return new PenggunaSaatIni(1, username, username, peran, Lingkup.of(List.of(scope)));
    }

    static Penilaian nilai(String penilai, AturanEvaluasi.Sebagai sebagai, int... v) {
        return new Penilaian(penilai, sebagai, v[0], v[1], v[2], v[3], v[4], null, Instant.EPOCH);
    }

    final PenggunaSaatIni pld = orang("pld", Peran.PLD, "3517082001", "3517082002");
    final PenggunaSaatIni pd = orang("pd", Peran.PD, "351708");

    @Test
    void the_final_score_waits_for_both_kinds_and_weighs_each_kinds_mean() {
        Penilaian coordinator = nilai("pd", AturanEvaluasi.Sebagai.KOORDINATOR, 80, 85, 90, 75, 88);
        assertThat(AturanEvaluasi.nilaiAkhir(List.of(coordinator), BOBOT)).isEmpty();
        assertThat(coordinator.rataRata()).isEqualByComparingTo("83.60");
        Penilaian head1 = nilai("kades1", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 70, 70, 70, 70, 71);
        Penilaian head2 = nilai("kades2", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 90, 90, 90, 90, 90);
        // 0.7 × 83.6 + 0.3 × ((70.2 + 90) / 2) = 58.52 + 24.03 = 82.55
        assertThat(AturanEvaluasi.nilaiAkhir(List.of(coordinator, head1, head2), BOBOT))
                .contains(new BigDecimal("82.55"));
        // 0.7 × 83.6 + 0.3 × 70.2 = 58.52 + 21.06 = 79.58
        assertThat(AturanEvaluasi.nilaiAkhir(List.of(coordinator, head1), BOBOT))
                .contains(new BigDecimal("79.58"));
        // Three village heads: their mean 1201/15 repeats; 0.5 × 80 + 0.5 × 80.0666… = 80.0333… → 80.03.
        var half = Map.of(
                AturanEvaluasi.Sebagai.KOORDINATOR, new BigDecimal("0.5"),
                AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, new BigDecimal("0.5"));
        assertThat(AturanEvaluasi.nilaiAkhir(
                        List.of(
                                nilai("a", AturanEvaluasi.Sebagai.KOORDINATOR, 80, 80, 80, 80, 80),
                                nilai("b", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 80),
                                nilai("c", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 80),
                                nilai("d", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 81)),
                        half))
                .contains(new BigDecimal("80.03"));
        // Half up: four heads average 1601/20 = 80.05; 0.5 × 80.2 + 0.5 × 80.05 = 80.125 → 80.13.
        assertThat(AturanEvaluasi.nilaiAkhir(
                        List.of(
                                nilai("a", AturanEvaluasi.Sebagai.KOORDINATOR, 80, 80, 80, 80, 81),
                                nilai("b", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 80),
                                nilai("c", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 80),
                                nilai("d", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 80, 80),
                                nilai("e", AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, 80, 80, 80, 81, 80)),
                        half))
                .contains(new BigDecimal("80.13"));
    }

    @Test
    void who_assesses_whom() {
        PenggunaSaatIni kades = orang("kades", Peran.PEMDES, "3517082002");
        PenggunaSaatIni ta = orang("ta", Peran.TA, "3517");
        PenggunaSaatIni camat = orang("camat", Peran.CAMAT, "351708");
        PenggunaSaatIni admin = orang("admin", Peran.ADMIN, "35");
        assertThat(AturanEvaluasi.tolak(pd, pld, AturanEvaluasi.Sebagai.KOORDINATOR))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(kades, pld, AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(kades, pld, AturanEvaluasi.Sebagai.KOORDINATOR))
                .isPresent();
        assertThat(AturanEvaluasi.tolak(camat, pld, AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN))
                .isPresent();
        assertThat(AturanEvaluasi.tolak(ta, pd, AturanEvaluasi.Sebagai.KOORDINATOR))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(camat, pd, AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(admin, ta, AturanEvaluasi.Sebagai.KOORDINATOR))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(admin, ta, AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN))
                .isEmpty();
        assertThat(AturanEvaluasi.tolak(pd, pd, AturanEvaluasi.Sebagai.KOORDINATOR))
                .contains("evaluasi.tidakMenilaiDiriSendiri");
        assertThat(AturanEvaluasi.terlihat(kades, pld)).isTrue();
        assertThat(AturanEvaluasi.terlihat(orang("kades2", Peran.PEMDES, "3517082009"), pld))
                .isFalse();
        assertThat(AturanEvaluasi.terlihat(orang("pd2", Peran.PD, "351702"), pld))
                .isFalse();
        assertThat(AturanEvaluasi.terlihat(orang("kpmd", Peran.KPMD, "3517082001"), pld))
                .isFalse();
        assertThat(AturanEvaluasi.terlihat(camat, pd)).isTrue();
        assertThat(AturanEvaluasi.terlihat(kades, pd)).isFalse();
    }

    @Test
    void quarters_are_read_as_written() {
        assertThat(AturanEvaluasi.Triwulan.baca("2026-Q4")).contains(new AturanEvaluasi.Triwulan(2026, 4));
        assertThat(AturanEvaluasi.Triwulan.baca("2026-q1")).contains(new AturanEvaluasi.Triwulan(2026, 1));
        assertThat(AturanEvaluasi.Triwulan.baca("2026-Q5")).isEmpty();
        assertThat(AturanEvaluasi.Triwulan.baca("2026-4")).isEmpty();
        var q4 = new AturanEvaluasi.Triwulan(2026, 4);
        assertThat(q4.awal()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.akhir()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(new AturanEvaluasi.Triwulan(2026, 1).sebelumnya()).isEqualTo(new AturanEvaluasi.Triwulan(2025, 4));
        assertThat(AturanEvaluasi.Triwulan.dari(LocalDate.of(2026, 12, 6))).isEqualTo(q4);
    }
}
