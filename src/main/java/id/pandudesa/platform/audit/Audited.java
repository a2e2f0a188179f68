package id.pandudesa.platform.audit;

/**
 * Optionally implemented by an aggregate so that its audit entries carry the desa it belongs to,
 * which lets the history be filtered by region scope.
 */
public interface Audited {

    /** The 10-digit desa code this record belongs to, or {@code null} when it has none. */
    String auditKodeDesa();
}
