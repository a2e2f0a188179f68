package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the quarterly performance evaluation (CONTRACTS "performance evaluation"), apart
 * from storage: who is evaluated, who may see an evaluation, who assesses as what, and the
 * weighted result.
 */
final class AturanEvaluasi {

    private AturanEvaluasi() {}

    /** The two kinds of assessor. */
    public enum Sebagai {
        KOORDINATOR,
        PENGGUNA_LAYANAN
    }

    /** The roles evaluated every quarter. */
    static final Set<Peran> DINILAI = EnumSet.of(Peran.PLD, Peran.MITRA, Peran.PD, Peran.TA);

    /** A quarter, written {@code 2026-Q4}. */
    record Triwulan(int tahun, int ke) {

        private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

        static Optional<Triwulan> baca(String text) {
            Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Triwulan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }

        static Triwulan dari(LocalDate date) {
            return new Triwulan(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
        }

        LocalDate awal() {
            return LocalDate.of(tahun, (ke - 1) * 3 + 1, 1);
        }

        LocalDate akhir() {
            return YearMonth.of(tahun, ke * 3).atEndOfMonth();
        }

        List<YearMonth> bulan() {
            YearMonth first = YearMonth.from(awal());
            return List.of(first, first.plusMonths(1), first.plusMonths(2));
        }

        Triwulan sebelumnya() {
            return ke == 1 ? new Triwulan(tahun - 1, 4) : new Triwulan(tahun, ke - 1);
        }

        @Override
        public String toString() {
            return tahun + "-Q" + ke;
        }
    }

    /**
     * Whether the viewer may see the person's evaluation: the person, whoever covers all of the
     * person's villages (their supervisors and coordinators), and the village government of one of
     * a PLD's or MITRA's villages (the service user who assesses them).
     */
    static boolean terlihat(PenggunaSaatIni viewer, PenggunaSaatIni person) {
        if (viewer.username().equals(person.username())) {
            return true;
        }
        if (person.lingkup().isKosong()) {
            return false;
        }
        if (viewer.lingkup().mencakupSemua(person.lingkup())) {
            return true;
        }
        return viewer.peran() == Peran.PEMDES
                && (person.peran() == Peran.PLD || person.peran() == Peran.MITRA)
                && viewer.lingkup().kode().stream().anyMatch(person.lingkup()::mencakup);
    }

    /** The role that assesses a person of this role as this kind of assessor. */
    static Peran penilai(Peran person, Sebagai sebagai) {
        return switch (person) {
            case PLD, MITRA -> sebagai == Sebagai.KOORDINATOR ? Peran.PD : Peran.PEMDES;
            case PD -> sebagai == Sebagai.KOORDINATOR ? Peran.TA : Peran.CAMAT;
            case TA -> Peran.ADMIN;
            default -> null;
        };
    }

    /**
     * Why the assessor may not assess the visible person as {@code sebagai} (a message key, 403), or
     * empty when they may.
     */
    static Optional<String> tolak(PenggunaSaatIni assessor, PenggunaSaatIni person, Sebagai sebagai) {
        if (assessor.username().equals(person.username())) {
            return Optional.of("evaluasi.tidakMenilaiDiriSendiri");
        }
        if (assessor.peran() != penilai(person.peran(), sebagai)) {
            return Optional.of("evaluasi.bukanPenilai");
        }
        return Optional.empty();
    }

    /** Each kind's mean: the mean of its assessors' means (several village heads of one PLD count alike). */
    static Map<Sebagai, BigDecimal> rataRataPerJenis(List<Penilaian> scores) {
        Map<Sebagai, BigDecimal> out = new EnumMap<>(Sebagai.class);
        for (Sebagai kind : Sebagai.values()) {
            List<Penilaian> of =
                    scores.stream().filter(p -> p.sebagai() == kind).toList();
            if (!of.isEmpty()) {
                int sum = of.stream().mapToInt(Penilaian::jumlah).sum();
                out.put(
                        kind,
                        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(5L * of.size()), MathContext.DECIMAL64));
            }
        }
        return out;
    }

    /**
     * Σ weight × the kind's mean, two decimals half up; empty until both kinds have assessed.
     *
     * @param bobot the weight of each kind, summing to 1
     */
    static Optional<BigDecimal> nilaiAkhir(List<Penilaian> scores, Map<Sebagai, BigDecimal> bobot) {
        Map<Sebagai, BigDecimal> means = rataRataPerJenis(scores);
        if (means.size() < Sebagai.values().length) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Sebagai kind : Sebagai.values()) {
            total = total.add(bobot.get(kind).multiply(means.get(kind)));
        }
        return Optional.of(total.setScale(2, RoundingMode.HALF_UP));
    }
}
