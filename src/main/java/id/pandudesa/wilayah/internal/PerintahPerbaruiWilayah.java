package id.pandudesa.wilayah.internal;

import id.pandudesa.platform.perintah.Perintah;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --pandu.perintah=perbarui-wilayah --pandu.perintah.berkas=<csv>}
 * (with {@code --pandu.perintah.coba=true} first: the report without saving): applies the changes of
 * a newer Kemendagri list, prints what changed and ends (exit code 0 when applied). Restart the app
 * nodes afterwards so that none keeps an old name or code in memory.
 */
@Component
@Order(0)
class PerintahPerbaruiWilayah extends Perintah {

    private static final Logger log = LoggerFactory.getLogger(PerintahPerbaruiWilayah.class);

    private final PerubahanWilayah perubahan;
    private final String berkas;
    private final boolean coba;

    PerintahPerbaruiWilayah(
            PerubahanWilayah perubahan,
            @Value("${pandu.perintah.berkas:}") String berkas,
            @Value("${pandu.perintah.coba:false}") boolean coba) {
        super("perbarui-wilayah");
        this.perubahan = perubahan;
        this.berkas = berkas;
        this.coba = coba;
    }

    @Override
    protected int jalankan() {
        if (berkas.isBlank()) {
            log.error("Perbarui wilayah: berkas perubahan belum disebut (--pandu.perintah.berkas=<csv>)");
            return 2;
        }
        int code;
        try (Reader in = Files.newBufferedReader(Path.of(berkas), StandardCharsets.UTF_8)) {
            List<PerubahanWilayah.Perubahan> list = PerubahanWilayah.baca(in);
            PerubahanWilayah.Laporan laporan = perubahan.terapkan(list, coba);
            laporan.baris().forEach(log::info);
            log.info(
                    "Perbarui wilayah: {} perubahan {}",
                    list.size(),
                    laporan.disimpan() ? "disimpan" : "dicoba (tidak disimpan)");
            code = 0;
        } catch (Exception e) {
            log.error("Perbarui wilayah dibatalkan, tidak ada yang berubah: {}", e.getMessage());
            code = 1;
        }
        return code;
    }
}
