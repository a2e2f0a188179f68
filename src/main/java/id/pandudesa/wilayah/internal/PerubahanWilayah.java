package id.pandudesa.wilayah.internal;

import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import java.io.IOException;
import java.io.Reader;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Applies a newer Kemendagri region list to a running deployment, as a list of changes to villages:
 * a new village, a new name, a new code (records follow), a merger (the old village's records move to
 * the one it joined) and a split (a new village carved out; records stay with the old code and are
 * listed for review). All in one transaction: a change that cannot be applied — a code that exists
 * or not, a merger that would give a village two records where one is allowed — rolls everything
 * back and says why. Records follow a code in every table with a {@code kode_desa},
 * {@code kode_wilayah} or {@code kode_desa_mitra} column and in users' scopes and assignments;
 * the audit trail keeps the codes it was written with (it is history). Then no record points to a
 * code that is no longer in the tree.
 */
@Service
class PerubahanWilayah {

    enum Jenis {
        BARU,
        NAMA,
        KODE,
        GABUNG,
        PECAH
    }

    record Perubahan(int baris, Jenis jenis, String kode, String kodeBaru, String nama) {}

    /** What was done, line by line, and whether it was kept ({@code coba}: computed, rolled back). */
    record Laporan(List<String> baris, boolean disimpan) {}

    /** Columns that hold a region code by the project's naming rule. */
    static final Set<String> KOLOM = Set.of("kode_desa", "kode_wilayah", "kode_desa_mitra");

    /** History keeps the codes it was written with. */
    static final Set<String> TIDAK_DIUBAH =
            Set.of("audit_log", "akses_data_pribadi", "flyway_schema_history", "wilayah");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WilayahApiImpl api;

    PerubahanWilayah(JdbcClient jdbc, JdbcTemplate template, WilayahApiImpl api) {
        this.jdbc = jdbc;
        this.template = template;
        this.api = api;
    }

    /** Reads {@code perubahan,kode,kode_baru,nama} rows; refuses the whole file on the first bad line. */
    static List<Perubahan> baca(Reader csv) throws IOException {
        List<Perubahan> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        for (CSVRecord r : format.parse(csv)) {
            int line = (int) r.getRecordNumber() + 1;
            Jenis jenis;
            try {
                jenis = Jenis.valueOf(r.get("perubahan").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "baris " + line + ": perubahan harus BARU, NAMA, KODE, GABUNG atau PECAH");
            }
            String kode = KodeWilayah.normalisasi(r.get("kode"));
            String baru = r.isMapped("kode_baru") && !r.get("kode_baru").isBlank()
                    ? KodeWilayah.normalisasi(r.get("kode_baru"))
                    : null;
            String nama = r.isMapped("nama") && !r.get("nama").isBlank() ? r.get("nama") : null;
            boolean needsNew = jenis == Jenis.KODE || jenis == Jenis.GABUNG || jenis == Jenis.PECAH;
            if (kode.length() != 10 || (needsNew && (baru == null || baru.length() != 10))) {
                throw new IllegalArgumentException("baris " + line + ": kode desa terdiri dari 10 angka");
            }
            if ((jenis == Jenis.BARU || jenis == Jenis.NAMA || jenis == Jenis.PECAH) && nama == null) {
                throw new IllegalArgumentException("baris " + line + ": nama wajib untuk " + jenis);
            }
            out.add(new Perubahan(line, jenis, kode, baru, nama));
        }
        return out;
    }

    @Transactional
    Laporan terapkan(List<Perubahan> daftar, boolean coba) {
        List<String> report = new ArrayList<>();
        List<String[]> columns = kolomWilayah();
        for (Perubahan p : daftar) {
            String where = "baris " + p.baris() + " " + p.jenis() + " " + p.kode();
            switch (p.jenis()) {
                case BARU -> {
                    wajib(!ada(p.kode()), where + ": kode sudah ada");
                    tambah(p.kode(), p.nama(), where);
                    report.add(where + ": desa baru " + p.nama());
                }
                case NAMA -> {
                    wajib(ada(p.kode()), where + ": kode tidak ada");
                    String lama = nama(p.kode());
                    jdbc.sql("UPDATE wilayah SET nama = :n, nama_cari = :c WHERE kode = :k")
                            .param("n", p.nama())
                            .param("c", p.nama().toLowerCase(Locale.ROOT))
                            .param("k", p.kode())
                            .update();
                    report.add(where + ": " + lama + " → " + p.nama());
                }
                case KODE, GABUNG -> {
                    wajib(ada(p.kode()), where + ": kode lama tidak ada");
                    if (p.jenis() == Jenis.KODE) {
                        wajib(!ada(p.kodeBaru()), where + ": kode baru " + p.kodeBaru() + " sudah ada");
                        tambah(p.kodeBaru(), p.nama() == null ? nama(p.kode()) : p.nama(), where);
                    } else {
                        wajib(ada(p.kodeBaru()), where + ": desa tujuan " + p.kodeBaru() + " tidak ada");
                    }
                    StringBuilder moved = new StringBuilder();
                    if (p.jenis() == Jenis.GABUNG) {
                        moved.append(gabungRingkasan(p.kode(), p.kodeBaru(), columns));
                    }
                    for (String[] c : columns) {
                        int n;
                        try {
                            n = template.update(
                                    "UPDATE " + c[0] + " SET " + c[1] + " = ? WHERE " + c[1] + " = ?",
                                    p.kodeBaru(),
                                    p.kode());
                        } catch (org.springframework.dao.DataIntegrityViolationException e) {
                            throw new IllegalStateException(
                                    where + ": " + c[0].toLowerCase(Locale.ROOT)
                                            + " sudah punya catatan yang sama untuk " + p.kodeBaru()
                                            + "; gabungkan catatan itu dulu",
                                    e);
                        }
                        if (n > 0) {
                            moved.append(moved.isEmpty() ? "" : ", ")
                                    .append(c[0].toLowerCase(Locale.ROOT))
                                    .append(' ')
                                    .append(n);
                        }
                    }
                    moved.append(ikutLingkup(p.kode(), p.kodeBaru()));
                    jdbc.sql("DELETE FROM wilayah WHERE kode = :k")
                            .param("k", p.kode())
                            .update();
                    report.add(where + " → " + p.kodeBaru() + ": catatan pindah ("
                            + (moved.isEmpty() ? "tidak ada" : moved) + ")");
                }
                case PECAH -> {
                    wajib(ada(p.kode()), where + ": desa asal tidak ada");
                    wajib(!ada(p.kodeBaru()), where + ": kode baru " + p.kodeBaru() + " sudah ada");
                    tambah(p.kodeBaru(), p.nama(), where);
                    long records = 0;
                    for (String[] c : columns) {
                        records += template.queryForObject(
                                "SELECT COUNT(*) FROM " + c[0] + " WHERE " + c[1] + " = ?", Long.class, p.kode());
                    }
                    report.add(where + " → desa baru " + p.kodeBaru() + " " + p.nama() + ": " + records
                            + " catatan tetap di " + p.kode() + "; periksa yang kini milik desa baru");
                }
            }
        }
        // Nothing may point to a code that left the tree.
        for (Perubahan p : daftar) {
            if (p.jenis() == Jenis.KODE || p.jenis() == Jenis.GABUNG) {
                for (String[] c : columns) {
                    long left = template.queryForObject(
                            "SELECT COUNT(*) FROM " + c[0] + " WHERE " + c[1] + " = ?", Long.class, p.kode());
                    wajib(
                            left == 0,
                            "baris " + p.baris() + ": " + c[0].toLowerCase(Locale.ROOT) + " masih merujuk " + p.kode());
                }
            }
        }
        if (coba) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else {
            api.lupakan();
        }
        return new Laporan(List.copyOf(report), !coba);
    }

    /**
     * Tables with one row per village (the region column is the whole primary key) are summaries: on a
     * merger the two rows become one, numbers added and the later date or time kept; other columns keep
     * the joined village's value.
     */
    private String gabungRingkasan(String lama, String baru, List<String[]> columns) {
        StringBuilder out = new StringBuilder();
        for (String[] c : columns) {
            List<String[]> rest = template.execute((ConnectionCallback<List<String[]>>) con -> {
                DatabaseMetaData meta = con.getMetaData();
                List<String> key = new ArrayList<>();
                try (ResultSet rs = meta.getPrimaryKeys(con.getCatalog(), con.getSchema(), c[0])) {
                    while (rs.next()) {
                        key.add(rs.getString("COLUMN_NAME"));
                    }
                }
                if (key.size() != 1 || !key.getFirst().equalsIgnoreCase(c[1])) {
                    return null;
                }
                List<String[]> cols = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(con.getCatalog(), con.getSchema(), c[0], "%")) {
                    while (rs.next()) {
                        cols.add(new String[] {rs.getString("COLUMN_NAME"), Integer.toString(rs.getInt("DATA_TYPE"))});
                    }
                }
                return cols;
            });
            if (rest == null) {
                continue;
            }
            long both = template.queryForObject(
                    "SELECT COUNT(*) FROM " + c[0] + " WHERE " + c[1] + " IN (?, ?)", Long.class, lama, baru);
            if (both < 2) {
                continue;
            }
            List<String> sets = new ArrayList<>();
            for (String[] col : rest) {
                int type = Integer.parseInt(col[1]);
                String name = col[0];
                String other = "(SELECT o." + name + " FROM " + c[0] + " o WHERE o." + c[1] + " = ?)";
                if (type == java.sql.Types.BIGINT
                        || type == java.sql.Types.INTEGER
                        || type == java.sql.Types.SMALLINT
                        || type == java.sql.Types.NUMERIC
                        || type == java.sql.Types.DECIMAL) {
                    sets.add(name + " = COALESCE(" + name + ", 0) + COALESCE(" + other + ", 0)");
                } else if (type == java.sql.Types.DATE
                        || type == java.sql.Types.TIMESTAMP
                        || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
                    sets.add(name + " = CASE WHEN " + other + " IS NULL OR " + name + " >= " + other + " THEN " + name
                            + " ELSE " + other + " END");
                }
            }
            if (!sets.isEmpty()) {
                String sql = "UPDATE " + c[0] + " SET " + String.join(", ", sets) + " WHERE " + c[1] + " = ?";
                long params = sql.chars().filter(ch -> ch == '?').count();
                Object[] args = new Object[(int) params];
                java.util.Arrays.fill(args, lama);
                args[args.length - 1] = baru;
                template.update(sql, args);
            }
            template.update("DELETE FROM " + c[0] + " WHERE " + c[1] + " = ?", lama);
            out.append(out.isEmpty() ? "" : ", ")
                    .append(c[0].toLowerCase(Locale.ROOT))
                    .append(" digabung");
        }
        return out.toString();
    }

    /** Users' scopes and assignments follow the code. */
    private String ikutLingkup(String lama, String baru) {
        int scopes = template.update(
                "UPDATE pengguna_lingkup SET kode = ? WHERE kode = ? AND NOT EXISTS (SELECT 1 FROM pengguna_lingkup x"
                        + " WHERE x.pengguna_id = pengguna_lingkup.pengguna_id AND x.kode = ?)",
                baru,
                lama,
                baru);
        template.update("DELETE FROM pengguna_lingkup WHERE kode = ?", lama);
        int assignments = 0;
        for (var row : jdbc.sql("SELECT id, wilayah FROM penugasan WHERE wilayah LIKE :w")
                .param("w", "%" + lama + "%")
                .query()
                .listOfRows()) {
            String list = (String) row.get("wilayah");
            String updated = String.join(
                    ",",
                    java.util.Arrays.stream(list.split(","))
                            .map(String::trim)
                            .map(k -> k.equals(lama) ? baru : k)
                            .distinct()
                            .toList());
            if (!updated.equals(list)) {
                assignments += jdbc.sql("UPDATE penugasan SET wilayah = :w WHERE id = :id")
                        .param("w", updated)
                        .param("id", ((Number) row.get("id")).longValue())
                        .update();
            }
        }
        return (scopes > 0 ? ", lingkup pengguna " + scopes : "")
                + (assignments > 0 ? ", penugasan " + assignments : "");
    }

    private void tambah(String kode, String nama, String where) {
        String induk = KodeWilayah.induk(kode);
        wajib(
                jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE kode = :k AND tingkat = 'KECAMATAN'")
                                .param("k", induk)
                                .query(Long.class)
                                .single()
                        > 0,
                where + ": kecamatan " + induk + " tidak ada");
        jdbc.sql(
                        "INSERT INTO wilayah (kode, nama, tingkat, jenis, induk, nama_cari) VALUES (:k, :n, 'DESA', :j, :i, :c)")
                .param("k", kode)
                .param("n", nama)
                .param("j", RegionLoader.jenis(Tingkat.DESA, kode, nama).name())
                .param("i", induk)
                .param("c", nama.toLowerCase(Locale.ROOT))
                .update();
    }

    private boolean ada(String kode) {
        return jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE kode = :k AND tingkat = 'DESA'")
                        .param("k", kode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String nama(String kode) {
        return jdbc.sql("SELECT nama FROM wilayah WHERE kode = :k")
                .param("k", kode)
                .query(String.class)
                .single();
    }

    private static void wajib(boolean ok, String why) {
        if (!ok) {
            throw new IllegalStateException(why);
        }
    }

    /** Every (table, column) holding a region code, read from the database's own catalogue. */
    List<String[]> kolomWilayah() {
        return template.execute((ConnectionCallback<List<String[]>>) con -> {
            List<String[]> out = new ArrayList<>();
            DatabaseMetaData meta = con.getMetaData();
            try (ResultSet rs = meta.getColumns(con.getCatalog(), con.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (KOLOM.contains(column.toLowerCase(Locale.ROOT))
                            && !TIDAK_DIUBAH.contains(table.toLowerCase(Locale.ROOT))) {
                        out.add(new String[] {table, column});
                    }
                }
            }
            out.sort(java.util.Comparator.comparing((String[] c) -> c[0]).thenComparing(c -> c[1]));
            return out;
        });
    }
}
