package id.pandudesa.platform.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves every stored file from one store to another — the operator's step from the disk of one node
 * to a bucket shared by all — and checks each one: the copy is read back and its SHA-256 compared
 * with the original. Files are taken from the {@code berkas} table in id order, a thousand at a
 * time, so a move of millions of files runs in constant memory and can be repeated (a file already
 * in the target is simply written again).
 */
@Component
public class PindahBerkas {

    static final int HALAMAN = 1000;

    /**
     * @param jumlah files the table lists
     * @param dipindah copied and verified
     * @param hilang keys the source does not have (nothing to copy)
     * @param beda keys whose copy read back differently (left in the source)
     */
    public record Laporan(long jumlah, long dipindah, List<String> hilang, List<String> beda) {
        public boolean lengkap() {
            return hilang.isEmpty() && beda.isEmpty() && dipindah == jumlah;
        }
    }

    private final JdbcClient jdbc;

    PindahBerkas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param hapusAsal delete each file from the source once its copy is verified
     * @param progres told every thousand files
     */
    public Laporan pindahkan(FileStore dari, FileStore ke, boolean hapusAsal, Consumer<String> progres)
            throws IOException {
        long total = jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single();
        long moved = 0;
        List<String> missing = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        long after = 0;
        long seen = 0;
        while (true) {
            List<Object[]> page = jdbc.sql("SELECT id, kunci FROM berkas WHERE id > :a ORDER BY id FETCH FIRST "
                            + HALAMAN + " ROWS ONLY")
                    .param("a", after)
                    .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("kunci")})
                    .list();
            if (page.isEmpty()) {
                break;
            }
            for (Object[] row : page) {
                after = (Long) row[0];
                String key = (String) row[1];
                seen++;
                byte[] bytes;
                try (InputStream in = dari.get(key)) {
                    bytes = in.readAllBytes();
                } catch (FileNotFoundException e) {
                    missing.add(key);
                    continue;
                }
                ke.put(key, bytes);
                byte[] back;
                try (InputStream in = ke.get(key)) {
                    back = in.readAllBytes();
                }
                if (!MessageDigest.isEqual(sha256(bytes), sha256(back))) {
                    differ.add(key);
                    continue;
                }
                moved++;
                if (hapusAsal) {
                    dari.delete(key);
                }
            }
            progres.accept(seen + " / " + total + " berkas diperiksa, " + moved + " dipindah");
        }
        return new Laporan(total, moved, List.copyOf(missing), List.copyOf(differ));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
