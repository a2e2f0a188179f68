package id.pandudesa.pelaksanaan.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The plan of a project's progress over its schedule, as construction plans draw it: slow at the
 * start (mobilisation), fastest in the middle, slow at the end (finishing) — the S-curve
 * {@code 3t² − 2t³} of the elapsed share {@code t} of the schedule. A project lags when its
 * reported physical progress is more than {@link #BATAS_TERLAMBAT} percentage points behind the plan.
 */
final class KurvaS {

    /** Percentage points behind the plan that count as lagging (kritis in common practice). */
    static final double BATAS_TERLAMBAT = 10.0;

    private KurvaS() {}

    /** Planned physical progress in percent on {@code date}: 0 before the start, 100 from the end. */
    static double rencana(LocalDate mulai, LocalDate selesai, LocalDate date) {
        if (!date.isAfter(mulai)) {
            return 0;
        }
        if (!date.isBefore(selesai)) {
            return 100;
        }
        double t = (double) ChronoUnit.DAYS.between(mulai, date) / ChronoUnit.DAYS.between(mulai, selesai);
        return 100 * (3 * t * t - 2 * t * t * t);
    }

    /** How far behind the plan the reported progress is on {@code date}, in points (0 when ahead). */
    static double deviasi(LocalDate mulai, LocalDate selesai, LocalDate date, double fisik) {
        return Math.max(0, rencana(mulai, selesai, date) - fisik);
    }

    static boolean terlambat(LocalDate mulai, LocalDate selesai, LocalDate date, double fisik) {
        return fisik < 100 && deviasi(mulai, selesai, date, fisik) > BATAS_TERLAMBAT;
    }

    /** Financial progress in percent of the budget (may pass 100 when spending exceeded it). */
    static double keuangan(long realisasi, long anggaran) {
        return anggaran <= 0 ? 0 : 100.0 * realisasi / anggaran;
    }
}
