package id.pandudesa.akun.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Read side of accounts for other modules (through {@link id.pandudesa.akun.AkunApi}). */
@Repository
@Transactional(readOnly = true)
public class AkunQueries {

    /**
     * The request attribute that holds the request's current user once read (by {@link
     * id.pandudesa.akun.AkunApi#saatIni()}, or by the API token check that already read it).
     */
    public static final String SAAT_INI = AkunQueries.class.getName() + ".saatIni";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AkunQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private java.time.LocalDate hariIni() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PenggunaSaatIni> aktif(String username) {
        return cari(username, " AND p.aktif = TRUE");
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PenggunaSaatIni> siapa(String username) {
        return cari(username, "");
    }

    /** The account and its scope in one statement (no transaction needed for one read). */
    private Optional<PenggunaSaatIni> cari(String username, String condition) {
        PembacaPengguna reader = new PembacaPengguna(1, hariIni());
        jdbc.sql("SELECT " + PembacaPengguna.KOLOM + " FROM pengguna p" + PembacaPengguna.LINGKUP
                        + " WHERE p.username = :u" + condition)
                .param("u", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .query(reader);
        return reader.hasil();
    }

    public Lingkup lingkup(String username) {
        return jdbc
                .sql("SELECT l.kode FROM pengguna_lingkup l JOIN pengguna p ON p.id = l.pengguna_id"
                        + " WHERE p.username = :u")
                .param("u", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .query(String.class)
                .list()
                .stream()
                .collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toSet(), Lingkup::of));
    }

    public Map<String, Long> jumlahPetugasLangsung(Collection<String> kodeDesa) {
        Map<String, Long> counts = new HashMap<>();
        if (kodeDesa.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT l.kode, COUNT(*) AS n FROM pengguna_lingkup l JOIN pengguna p ON p.id = l.pengguna_id"
                        + " WHERE l.kode IN (:codes) AND p.aktif = TRUE GROUP BY l.kode")
                .param("codes", List.copyOf(kodeDesa))
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString("kode"), rs.getLong("n"));
                });
        return counts;
    }

    public List<PetugasDesa> petugasDesa(String kodeDesa) {
        List<String> prefixes = new ArrayList<>();
        for (int len : new int[] {2, 4, 6, 10}) {
            if (kodeDesa.length() >= len) {
                prefixes.add(kodeDesa.substring(0, len));
            }
        }
        return jdbc
                .sql("SELECT DISTINCT p.username, p.nama, p.peran, p.telepon, p.email FROM pengguna p"
                        + " JOIN pengguna_lingkup l ON l.pengguna_id = p.id"
                        + " WHERE l.kode IN (:codes) AND p.aktif = TRUE AND p.peran <> 'ADMIN'")
                .param("codes", prefixes)
                .query((rs, n) -> new PetugasDesa(
                        rs.getString("username"),
                        rs.getString("nama"),
                        Peran.valueOf(rs.getString("peran")),
                        rs.getString("telepon"),
                        rs.getString("email")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(PetugasDesa::peran).thenComparing(PetugasDesa::nama))
                .toList();
    }

    /**
     * Active users of these roles with at least one scope code inside {@code lingkup}, by name, at
     * most {@code limit}, each with their whole scope.
     */
    public List<PenggunaSaatIni> penggunaDalam(Lingkup lingkup, Collection<Peran> peran, int limit) {
        if (peran.isEmpty() || lingkup.isKosong()) {
            return List.of();
        }
        Lingkup.SqlFilter scope = lingkup.sql("l.kode");
        List<Long> ids = jdbc.sql("SELECT p.id FROM pengguna p WHERE p.aktif = TRUE AND p.peran IN (:r) AND EXISTS"
                        + " (SELECT 1 FROM pengguna_lingkup l WHERE l.pengguna_id = p.id AND " + scope.sql() + ")"
                        + " ORDER BY p.nama, p.id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param("r", peran.stream().map(Enum::name).toList())
                .params(scope.params())
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PenggunaSaatIni> base = new java.util.LinkedHashMap<>();
        Map<Long, java.util.Set<String>> codes = new HashMap<>();
        jdbc.sql("SELECT " + PembacaPengguna.KOLOM + " FROM pengguna p" + PembacaPengguna.LINGKUP
                        + " WHERE p.id IN (:ids) ORDER BY p.nama, p.id")
                .param("ids", ids)
                .query((java.sql.ResultSet rs) -> {
                    long id = rs.getLong(1);
                    base.computeIfAbsent(id, k -> {
                        try {
                            return new PenggunaSaatIni(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    Peran.valueOf(rs.getString(4)),
                                    Lingkup.of(List.of()));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String code = rs.getString(5);
                    if (code != null) {
                        codes.computeIfAbsent(id, k -> new java.util.HashSet<>())
                                .add(code);
                    }
                });
        return base.values().stream()
                .map(p -> new PenggunaSaatIni(
                        p.id(),
                        p.username(),
                        p.nama(),
                        p.peran(),
                        Lingkup.of(codes.getOrDefault(p.id(), java.util.Set.of()))))
                .toList();
    }

    /** Name, role and contact of each of these users (active or not); unknown names are left out. */
    public List<PetugasDesa> kontak(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT username, nama, peran, telepon, email FROM pengguna WHERE username IN (:u)")
                .param("u", List.copyOf(usernames))
                .query((rs, n) -> new PetugasDesa(
                        rs.getString("username"),
                        rs.getString("nama"),
                        Peran.valueOf(rs.getString("peran")),
                        rs.getString("telepon"),
                        rs.getString("email")))
                .list();
    }

    /**
     * Ended MITRA assignments per desa inside the scope. Assignments are few next to the log (one
     * per MITRA and period), so the latest thousand are read and their desa filtered here.
     */
    public List<id.pandudesa.akun.PenugasanBerakhir> penugasanMitraBerakhir(
            Lingkup lingkup, java.time.LocalDate sebelum, int batas) {
        List<id.pandudesa.akun.PenugasanBerakhir> out = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.wilayah, p.username, p.nama, a.organisasi, a.selesai FROM penugasan a
                        JOIN pengguna p ON p.id = a.pengguna_id
                        WHERE a.peran = 'MITRA' AND a.selesai IS NOT NULL AND a.selesai < :s
                        ORDER BY a.selesai DESC, a.id DESC FETCH FIRST 1000 ROWS ONLY""").param("s", java.sql.Date.valueOf(sebelum)).query((java.sql.ResultSet rs) -> {
            for (String code : rs.getString(1).split(",")) {
                if (code.length() == 10 && lingkup.mencakup(code) && out.size() < batas) {
                    out.add(new id.pandudesa.akun.PenugasanBerakhir(
                            code,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getDate(5).toLocalDate()));
                }
            }
        });
        return out;
    }
}
