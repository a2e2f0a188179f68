package id.pandudesa.akun.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.KodeWilayah;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts: admins create users and set role and scope within their own scope, reset
 * passwords and deactivate; every user changes their own password. Each change is one
 * transaction, and the audit trail records it with the aggregate.
 */
@Service
public class PenggunaService {

    private final PenggunaRepository users;
    private final AturanLingkup rules;
    private final PasswordEncoder encoder;
    private final SesiPengguna sessions;
    private final ApiTokenService tokens;
    private final PasswordUmum umum;
    private final JdbcClient jdbc;
    private final Clock clock;

    public PenggunaService(
            PenggunaRepository users,
            AturanLingkup rules,
            PasswordEncoder encoder,
            SesiPengguna sessions,
            ApiTokenService tokens,
            PasswordUmum umum,
            JdbcClient jdbc,
            Clock clock) {
        this.tokens = tokens;
        this.umum = umum;
        this.users = users;
        this.rules = rules;
        this.encoder = encoder;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Pengguna buat(BuatPengguna cmd, PenggunaSaatIni admin) {
        wajibAdmin(admin);
        String username = cmd.username().trim().toLowerCase(Locale.ROOT);
        Peran peran = Peran.valueOf(cmd.peran());
        Lingkup lingkup = rules.periksa(peran, cmd.lingkup(), admin.lingkup());
        periksaPassword(username, cmd.password());
        if (users.existsByUsername(username)) {
            throw new ConflictException("akun.username.dipakai", username);
        }
        Pengguna user = Pengguna.baru(
                username,
                cmd.nama().trim(),
                peran,
                lingkup,
                encoder.encode(cmd.password()),
                cmd.harusGanti(),
                Instant.now(clock));
        user.ubahProfil(cmd.nama().trim(), cmd.email(), cmd.telepon());
        try {
            return users.save(user);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("akun.username.dipakai", username);
        }
    }

    /** First start: the {@code admin} account with national scope. */
    @Transactional
    Pengguna buatAdminAwal(String password, boolean wajibGanti) {
        Pengguna admin = Pengguna.baru(
                "admin",
                "Administrator",
                Peran.ADMIN,
                Lingkup.nasional(),
                encoder.encode(password),
                wajibGanti,
                Instant.now(clock));
        return users.save(admin);
    }

    @Transactional
    Pengguna ubah(long id, int versi, UbahPengguna cmd, PenggunaSaatIni admin) {
        Pengguna user = lihat(id, admin);
        cekVersi(user, versi);
        Peran peran = Peran.valueOf(cmd.peran());
        Lingkup lingkup = rules.periksa(peran, cmd.lingkup(), admin.lingkup());
        if (user.id() == admin.id() && (peran != user.peran() || !lingkup.equals(user.lingkup()))) {
            throw new RuleViolationException("akun.tidakBolehUbahDiriSendiri");
        }
        user.ubahProfil(cmd.nama().trim(), cmd.email(), cmd.telepon());
        user.tetapkanPeran(peran, lingkup);
        return users.save(user);
    }

    @Transactional
    Pengguna resetPassword(long id, int versi, String password, PenggunaSaatIni admin) {
        Pengguna user = lihat(id, admin);
        cekVersi(user, versi);
        periksaPassword(user.username(), password);
        user.gantiPassword(encoder.encode(password), true);
        Pengguna saved = users.save(user);
        sessions.akhiriSemua(user.username());
        // Whoever knew the old password may have made tokens with it: they end with it.
        tokens.cabutSemua(user.id());
        return saved;
    }

    @Transactional
    Pengguna setAktif(long id, int versi, boolean aktif, PenggunaSaatIni admin) {
        Pengguna user = lihat(id, admin);
        cekVersi(user, versi);
        if (user.id() == admin.id()) {
            throw new RuleViolationException("akun.tidakBolehNonaktifkanDiriSendiri");
        }
        if (aktif) {
            user.aktifkan();
        } else {
            user.nonaktifkan();
        }
        Pengguna saved = users.save(user);
        if (!aktif) {
            sessions.akhiriSemua(user.username());
        }
        return saved;
    }

    @Transactional
    void gantiPasswordSendiri(String username, String lama, String baru) {
        Pengguna user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("akun.tidakDitemukan"));
        if (!encoder.matches(lama, user.passwordHash())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("passwordLama", "akun.password.lamaSalah")), "akun.password.lamaSalah");
        }
        if (encoder.matches(baru, user.passwordHash())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("passwordBaru", "akun.password.samaDenganLama")),
                    "akun.password.samaDenganLama");
        }
        periksaPassword(username, baru);
        user.gantiPassword(encoder.encode(baru), false);
        users.save(user);
    }

    /** A user the admin may see: every code of the user's scope lies inside the admin's. */
    @Transactional(readOnly = true)
    Pengguna lihat(long id, PenggunaSaatIni admin) {
        wajibAdmin(admin);
        return users.findById(id)
                .filter(u -> admin.lingkup().mencakupSemua(u.lingkup()))
                .orElseThrow(() -> new NotFoundException("akun.tidakDitemukan"));
    }

    @Transactional(readOnly = true)
    Pengguna lihat(String username, PenggunaSaatIni admin) {
        wajibAdmin(admin);
        return users.findByUsername(username.toLowerCase(Locale.ROOT))
                .filter(u -> admin.lingkup().mencakupSemua(u.lingkup()))
                .orElseThrow(() -> new NotFoundException("akun.tidakDitemukan"));
    }

    /** The users whose whole scope lies inside the admin's, filtered and paginated in the database. */
    @Transactional(readOnly = true)
    PageResult<PenggunaDto> daftar(PenggunaSaatIni admin, String cari, Peran peran, PageQuery page) {
        wajibAdmin(admin);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!admin.lingkup().isNasional()) {
            Lingkup.SqlFilter filter = admin.lingkup().sql("l.kode");
            where.append(" AND EXISTS (SELECT 1 FROM pengguna_lingkup l WHERE l.pengguna_id = p.id)")
                    .append(" AND NOT EXISTS (SELECT 1 FROM pengguna_lingkup l WHERE l.pengguna_id = p.id AND NOT ")
                    .append(filter.sql())
                    .append(')');
            params.putAll(filter.params());
        }
        if (cari != null && !cari.isBlank()) {
            where.append(
                    " AND (LOWER(p.username) LIKE :cari OR LOWER(p.nama) LIKE :cari"
                            + " OR EXISTS (SELECT 1 FROM pengguna_lingkup l WHERE l.pengguna_id = p.id AND l.kode LIKE :kode))");
            params.put("cari", "%" + cari.trim().toLowerCase(Locale.ROOT) + "%");
            params.put("kode", KodeWilayah.normalisasi(cari) + "%");
        }
        if (peran != null) {
            where.append(" AND p.peran = :peran");
            params.put("peran", peran.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM pengguna p WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT p.id FROM pengguna p WHERE " + where
                        + " ORDER BY p.peran, p.username LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.ukuran())
                .param("offset", page.offset())
                .query(Long.class)
                .list();
        Map<Long, Pengguna> byId = new HashMap<>();
        users.findAllById(ids).forEach(u -> byId.put(u.id(), u));
        List<PenggunaDto> rows = ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(PenggunaDto::of)
                .toList();
        return PageResult.of(rows, page, total);
    }

    private void periksaPassword(String username, String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("password", "akun.password.panjang")), "akun.password.panjang");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("password", "akun.password.samaDenganUsername")),
                    "akun.password.samaDenganUsername");
        }
        if (umum.terlaluUmum(password, username)) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("password", "akun.password.umum")), "akun.password.umum");
        }
    }

    private static void cekVersi(Pengguna user, int versi) {
        if (!Objects.equals(user.versi(), versi)) {
            throw new ConflictException("konflik.versi");
        }
    }

    static void wajibAdmin(PenggunaSaatIni actor) {
        if (actor.peran() != Peran.ADMIN) {
            throw new ForbiddenException("akses.ditolak");
        }
    }
}
