package id.pandudesa.platform.storage;

import id.pandudesa.platform.perintah.Perintah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --pandu.perintah=pindah-berkas-s3}: copies every file from
 * {@code $PANDU_HOME/berkas} to the bucket named by {@code pandu.storage.s3.*}, verifies each one,
 * reports, and ends the process (exit code 0 only when every listed file is in the bucket intact).
 * With {@code --pandu.perintah.hapus-asal=true} each verified file is deleted from the disk. Run it
 * while the app still uses the disk, then start the nodes with {@code PANDU_STORAGE_JENIS=s3}.
 */
@Component
class PerintahPindahBerkas extends Perintah {

    private static final Logger log = LoggerFactory.getLogger(PerintahPindahBerkas.class);

    private final PindahBerkas pindah;
    private final Environment env;
    private final String home;
    private final boolean hapusAsal;

    PerintahPindahBerkas(
            PindahBerkas pindah,
            Environment env,
            @Value("${pandu.home}") String home,
            @Value("${pandu.perintah.hapus-asal:false}") boolean hapusAsal) {
        super("pindah-berkas-s3");
        this.pindah = pindah;
        this.env = env;
        this.home = home;
        this.hapusAsal = hapusAsal;
    }

    @Override
    protected int jalankan() throws Exception {
        S3FileStore.Setelan setelan = S3FileStore.Setelan.dari(env);
        PindahBerkas.Laporan laporan;
        try (S3FileStore bucket = new S3FileStore(setelan)) {
            laporan = pindah.pindahkan(new DiskFileStore(home), bucket, hapusAsal, log::info);
        }
        log.info(
                "Pindah berkas ke {}: {} berkas, {} dipindah dan diperiksa, {} tidak ada di disk, {} berbeda setelah disalin",
                setelan.bucket(),
                laporan.jumlah(),
                laporan.dipindah(),
                laporan.hilang().size(),
                laporan.beda().size());
        laporan.hilang().stream().limit(100).forEach(k -> log.warn("Tidak ada di disk: {}", k));
        laporan.beda().forEach(k -> log.error("Berbeda setelah disalin: {}", k));
        return laporan.lengkap() ? 0 : 1;
    }
}
