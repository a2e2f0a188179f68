package id.pandudesa.platform.audit;

/** The kinds of change the audit trail records; modules may record their own named actions too. */
public enum AuditAction {
    BUAT,
    UBAH,
    HAPUS
}
