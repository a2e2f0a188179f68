package id.pandudesa.akun.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. Role and scope change together (a role fixes which level of region it may
 * hold, checked by {@link AturanLingkup} before any change reaches here). The password hash never
 * leaves this class: not into the API, not into the audit trail.
 */
@Table("pengguna")
class Pengguna implements Audited {

    @Id
    private Long id;

    private final String username;
    private String nama;
    private Peran peran;

    @JsonIgnore
    private String passwordHash;

    private boolean aktif;
    private boolean wajibGantiPassword;
    private String email;
    private String telepon;
    private final Instant dibuat;

    @Version
    private Integer versi;

    @MappedCollection(idColumn = "pengguna_id")
    private Set<LingkupPengguna> lingkup;

    @PersistenceCreator
    Pengguna(
            Long id,
            String username,
            String nama,
            Peran peran,
            String passwordHash,
            boolean aktif,
            boolean wajibGantiPassword,
            String email,
            String telepon,
            Instant dibuat,
            Integer versi,
            Set<LingkupPengguna> lingkup) {
        this.id = id;
        this.username = username;
        this.nama = nama;
        this.peran = peran;
        this.passwordHash = passwordHash;
        this.aktif = aktif;
        this.wajibGantiPassword = wajibGantiPassword;
        this.email = email;
        this.telepon = telepon;
        this.dibuat = dibuat;
        this.versi = versi;
        this.lingkup = lingkup;
    }

    static Pengguna baru(
            String username,
            String nama,
            Peran peran,
            Lingkup lingkup,
            String passwordHash,
            boolean wajibGantiPassword,
            Instant now) {
        return new Pengguna(
                null,
                username,
                nama,
                peran,
                passwordHash,
                true,
                wajibGantiPassword,
                null,
                null,
                now,
                null,
                rows(lingkup));
    }

    void ubahProfil(String nama, String email, String telepon) {
        this.nama = nama;
        this.email = blankToNull(email);
        this.telepon = blankToNull(telepon);
    }

    /** Role and scope change together; the caller has checked that they fit each other. */
    void tetapkanPeran(Peran peran, Lingkup lingkup) {
        this.peran = peran;
        this.lingkup = rows(lingkup);
    }

    /** A new password; {@code wajibGanti} when an admin set it, so the user must choose their own. */
    void gantiPassword(String hash, boolean wajibGanti) {
        this.passwordHash = hash;
        this.wajibGantiPassword = wajibGanti;
    }

    void nonaktifkan() {
        this.aktif = false;
    }

    void aktifkan() {
        this.aktif = true;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String nama() {
        return nama;
    }

    Peran peran() {
        return peran;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean aktif() {
        return aktif;
    }

    boolean wajibGantiPassword() {
        return wajibGantiPassword;
    }

    String email() {
        return email;
    }

    String telepon() {
        return telepon;
    }

    Instant dibuat() {
        return dibuat;
    }

    Integer versi() {
        return versi;
    }

    Lingkup lingkup() {
        return Lingkup.of(lingkup.stream().map(LingkupPengguna::kode).collect(Collectors.toSet()));
    }

    /** A user of exactly one desa has it as their audit desa; others belong to no single desa. */
    @Override
    public String auditKodeDesa() {
        return lingkup.size() == 1 && lingkup.iterator().next().kode().length() == 10
                ? lingkup.iterator().next().kode()
                : null;
    }

    private static Set<LingkupPengguna> rows(Lingkup lingkup) {
        return lingkup.kode().stream().map(LingkupPengguna::new).collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
