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

    AkunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        PembacaPengguna reader = new PembacaPengguna(1);
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
}
