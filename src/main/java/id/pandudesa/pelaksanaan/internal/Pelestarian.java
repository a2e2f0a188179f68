package id.pandudesa.pelaksanaan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintenance plan of a handed-over asset: checks every {@code bulan} months from the first,
 * {@code kali} times. A check is overdue the day after its date while it has no result.
 */
final class Pelestarian {

    static final int MAKS_CEK = 60;

    private Pelestarian() {}

    static List<LocalDate> jadwal(LocalDate pertama, int bulan, int kali) {
        if (pertama == null || bulan < 1 || bulan > 24 || kali < 1 || kali > MAKS_CEK) {
            throw new IllegalArgumentException("jadwal pelestarian tidak valid");
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < kali; i++) {
            out.add(pertama.plusMonths((long) bulan * i));
        }
        return out;
    }

    static boolean terlambat(LocalDate jadwal, LocalDate diperiksa, LocalDate today) {
        return diperiksa == null && jadwal.isBefore(today);
    }
}
