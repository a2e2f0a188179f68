package id.pandudesa.akun.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads an account and its scope from one statement: the columns {@link #KOLOM} (from {@code
 * pengguna p} with {@link #LINGKUP} joined), one row per scope code, starting at column {@code dari};
 * a scope code whose end date lies before today is read as ended.
 */
final class PembacaPengguna implements RowCallbackHandler {

    static final String KOLOM = "p.id, p.username, p.nama, p.peran, l.kode, l.berakhir";
    static final String LINGKUP = " LEFT JOIN pengguna_lingkup l ON l.pengguna_id = p.id";

    private final int dari;
    private final java.time.LocalDate hariIni;
    private final Set<String> scope = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private PenggunaSaatIni first;

    /** @param hariIni the date against which assignments' ends are read (Asia/Jakarta) */
    PembacaPengguna(int dari, java.time.LocalDate hariIni) {
        this.dari = dari;
        this.hariIni = hariIni;
    }

    /** Whether no row has been read yet (the caller reads its own columns from the first row). */
    boolean kosong() {
        return first == null;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        if (first == null) {
            first = new PenggunaSaatIni(
                    rs.getLong(dari),
                    rs.getString(dari + 1),
                    rs.getString(dari + 2),
                    Peran.valueOf(rs.getString(dari + 3)),
                    Lingkup.of(Set.of()));
        }
        String code = rs.getString(dari + 4);
        if (code != null) {
            scope.add(code);
            java.sql.Date end = rs.getDate(dari + 5);
            if (end != null && end.toLocalDate().isBefore(hariIni)) {
                ended.add(code);
            }
        }
    }

    Optional<PenggunaSaatIni> hasil() {
        return Optional.ofNullable(first)
                .map(p -> new PenggunaSaatIni(p.id(), p.username(), p.nama(), p.peran(), Lingkup.of(scope), ended));
    }
}
