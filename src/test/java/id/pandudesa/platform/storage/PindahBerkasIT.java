package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.S3TestServer;
import java.io.FileNotFoundException;
import java.io.InputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's move of every stored file from the disk to a bucket: each file listed in the
 * database is copied and read back intact; a file missing on disk is reported, not invented; with
 * "delete the source" a verified file leaves the source.
 */
@PanduIntegrationTest
@Tag("db")
class PindahBerkasIT {

    @Autowired
    FileService files;

    @Autowired
    FileStore disk;

    @Autowired
    PindahBerkas pindah;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private static byte[] read(FileStore store, String key) throws Exception {
        try (InputStream in = store.get(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void every_listed_file_reaches_the_bucket_intact_and_missing_ones_are_reported() throws Exception {
        byte[] a = "%PDF-1.4\n% berita acara musyawarah\n%%EOF".getBytes();
        byte[] b = FileStoreContract.acak(300_000, 7);
        Berkas first = tx.execute(s -> files.simpanDokumen(a, "berita-acara.pdf", "3517082007", "uji", "dokumen"));
        String bKey = "2026/12/uji-" + System.nanoTime() + ".bin";
        disk.put(bKey, b);
        jdbc.sql("INSERT INTO berkas (kunci, nama_asli, jenis_isi, ukuran, pemilik, dibuat) VALUES (:k, 'b.bin',"
                        + " 'application/octet-stream', :u, 'uji', CURRENT_TIMESTAMP)")
                .param("k", bKey)
                .param("u", b.length)
                .update();
        String ghost = "2026/12/hilang-" + System.nanoTime() + ".jpg";
        jdbc.sql("INSERT INTO berkas (kunci, nama_asli, jenis_isi, ukuran, pemilik, dibuat) VALUES (:k, 'x.jpg',"
                        + " 'image/jpeg', 1, 'uji', CURRENT_TIMESTAMP)")
                .param("k", ghost)
                .update();
        long listed = jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single();

        try (S3FileStore bucket = S3TestServer.store("pindah-" + System.nanoTime())) {
            PindahBerkas.Laporan r = pindah.pindahkan(disk, bucket, false, m -> {});
            assertThat(r.jumlah()).isEqualTo(listed);
            assertThat(r.hilang()).contains(ghost);
            assertThat(r.beda()).isEmpty();
            assertThat(r.dipindah()).isEqualTo(listed - r.hilang().size());
            assertThat(r.lengkap()).isFalse();
            String aKey = jdbc.sql("SELECT kunci FROM berkas WHERE id = :id")
                    .param("id", first.id())
                    .query(String.class)
                    .single();
            assertThat(read(bucket, aKey)).isEqualTo(a);
            assertThat(read(bucket, bKey)).isEqualTo(b);
            assertThat(read(disk, bKey)).isEqualTo(b);

            // From one bucket folder to another, deleting the source once verified.
            try (S3FileStore next = S3TestServer.store("pindah-lagi-" + System.nanoTime())) {
                PindahBerkas.Laporan again = pindah.pindahkan(bucket, next, true, m -> {});
                assertThat(again.dipindah()).isEqualTo(r.dipindah());
                assertThat(read(next, bKey)).isEqualTo(b);
                assertThatThrownBy(() -> bucket.get(bKey)).isInstanceOf(FileNotFoundException.class);
            }
        }
        jdbc.sql("DELETE FROM berkas WHERE kunci = :k").param("k", ghost).update();
    }
}
