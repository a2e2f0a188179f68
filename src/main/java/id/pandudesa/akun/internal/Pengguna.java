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
        java.util.Map<String, java.time.LocalDate> ends = new java.util.HashMap<>();
        this.lingkup.stream().filter(l -> l.berakhir() != null).forEach(l -> ends.put(l.kode(), l.berakhir()));
        this.peran = peran;
        // A code kept keeps the end date its assignment gave it.
        this.lingkup = lingkup.kode().stream()
                .map(k -> new LingkupPengguna(k, ends.get(k)))
                .collect(Collectors.toSet());
    }

    /**
     * An assignment's regions join the scope, ending on {@code berakhir} (null: open-ended); a code
     * already held takes the new end.
     */
    void tugaskan(java.util.Collection<String> codes, java.time.LocalDate berakhir) {
        java.util.Set<LingkupPengguna> next = new java.util.HashSet<>();
        for (LingkupPengguna l : lingkup) {
            if (!codes.contains(l.kode())) {
                next.add(l);
            }
        }
        codes.forEach(k -> next.add(new LingkupPengguna(k, berakhir)));
        this.lingkup = next;
    }

    /** The end date of each scope code that has one. */
    java.util.Map<String, java.time.LocalDate> berakhir() {
        java.util.Map<String, java.time.LocalDate> out = new java.util.TreeMap<>();
        lingkup.stream().filter(l -> l.berakhir() != null).forEach(l -> out.put(l.kode(), l.berakhir()));
        return out;
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
        return lingkup.kode().stream().map(k -> new LingkupPengguna(k, null)).collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
