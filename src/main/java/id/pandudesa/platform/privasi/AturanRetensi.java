package id.pandudesa.platform.privasi;

import java.time.Instant;

/**
 * How a module applies one retention rule of its declarations ({@link KolomPribadi#retensi()}):
 * which records are past their period, and how they are anonymised in place — the personal values
 * replaced or cleared, every row kept, so that every count, report and dashboard stays the same.
 */
public interface AturanRetensi {

    /** The day (WIB) of an instant, for rules whose records carry a date rather than a time. */
    static java.sql.Date tanggal(Instant batas) {
        return java.sql.Date.valueOf(
                batas.atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate());
    }

    /** The rule's key, as in the declarations and {@code pandu.privasi.retensi.<key>}. */
    String aturan();

    /** What the rule anonymises, for the report (e.g. "pengaduan: nama, kontak"). */
    String uraian();

    /** How many records hold personal data that became due before {@code batas}. */
    long jatuhTempo(Instant batas);

    /**
     * Anonymises up to {@code maks} due records in one transaction (the caller's) and returns how
     * many; the caller repeats until none are left.
     */
    int anonimkan(Instant batas, int maks);
}
