package id.pandudesa.platform.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
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
@ConditionalOnProperty(name = "pandu.perintah", havingValue = "pindah-berkas-s3")
class PerintahPindahBerkas implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PerintahPindahBerkas.class);

    private final PindahBerkas pindah;
    private final Environment env;
    private final ApplicationContext context;
    private final String home;
    private final boolean hapusAsal;

    PerintahPindahBerkas(
            PindahBerkas pindah,
            Environment env,
            ApplicationContext context,
            @Value("${pandu.home}") String home,
            @Value("${pandu.perintah.hapus-asal:false}") boolean hapusAsal) {
        this.pindah = pindah;
        this.env = env;
        this.context = context;
        this.home = home;
        this.hapusAsal = hapusAsal;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        S3FileStore.Setelan setelan = Binder.get(env)
                .bind("pandu.storage.s3", S3FileStore.Setelan.class)
                .orElseThrow(() -> new IllegalStateException("set pandu.storage.s3.bucket (PANDU_STORAGE_S3_BUCKET)"));
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
        int code = laporan.lengkap() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
