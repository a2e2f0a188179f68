package id.pandudesa.platform.web;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reading what people type into form fields: whole numbers, decimals with a comma or a point,
 * rupiah as written ("Rp 150.000.000", "150000000"), dates. Empty is {@code null} (the service
 * decides whether it is required); anything unreadable is refused naming the field.
 */
public final class Isian {

    private Isian() {}

    public static Integer bulat(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.trim().matches("-?\\d{1,9}")) {
            throw bukan(field, "isian.bukanAngka", v);
        }
        return Integer.valueOf(v.trim());
    }

    public static BigDecimal desimal(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim().replace(",", "."));
        } catch (NumberFormatException e) {
            throw bukan(field, "isian.bukanAngka", v);
        }
    }

    /** Rupiah as typed; the dots that group thousands are dropped, a minus sign is kept. */
    public static Long rupiah(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String t = v.trim().replaceFirst("(?i)^rp\\.?\\s*", "").replace(".", "").replace(" ", "");
        if (!t.matches("-?\\d{1,15}")) {
            throw bukan(field, "isian.bukanRupiah", v);
        }
        return Long.valueOf(t);
    }

    public static LocalDate tanggal(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw bukan(field, "isian.bukanTanggal", v);
        }
    }

    private static RuleViolationException bukan(String field, String key, String value) {
        return new RuleViolationException(List.of(FieldProblem.of(field, key, value)), key, value);
    }
}
