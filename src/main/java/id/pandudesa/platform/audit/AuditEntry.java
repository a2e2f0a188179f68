package id.pandudesa.platform.audit;

import java.time.Instant;

/** One recorded change: who did what to which record, with its state before and after (JSON). */
public record AuditEntry(
        long id,
        Instant waktu,
        String pelaku,
        String aksi,
        String jenis,
        String rekamanId,
        String kodeDesa,
        String sebelum,
        String sesudah) {}
