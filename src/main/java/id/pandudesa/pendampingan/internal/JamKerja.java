package id.pandudesa.pendampingan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The working time of one log entry, in the desa's local time: from {@code mulai} to {@code
 * selesai} on the entry's date (never across midnight). Two entries of one author on one day may
 * not overlap; touching ends ({@code 08:00–10:00} and {@code 10:00–11:00}) do not overlap. Hours
 * are counted in whole minutes and shown with one decimal, half up.
 */
public record JamKerja(LocalTime mulai, LocalTime selesai) {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    public JamKerja {
        if (!selesai.isAfter(mulai)) {
            throw new IllegalArgumentException("selesai must be after mulai");
        }
    }

    /** A time as people write it ({@code 08:00}, also {@code 8:00}); empty when blank or unreadable. */
    static Optional<LocalTime> baca(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return Optional.of(LocalTime.parse(t, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public int menit() {
        return (int) Duration.between(mulai, selesai).toMinutes();
    }

    boolean tumpangTindih(JamKerja other) {
        return mulai.isBefore(other.selesai) && other.mulai.isBefore(selesai);
    }

    /** Minutes as hours with one decimal, half up ({@code 90} → {@code 1.5}, {@code 5} → {@code 0.1}). */
    static BigDecimal jam(long menit) {
        return BigDecimal.valueOf(menit).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return FORMAT.format(mulai) + "–" + FORMAT.format(selesai);
    }
}
