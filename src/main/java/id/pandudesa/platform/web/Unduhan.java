package id.pandudesa.platform.web;

import id.pandudesa.platform.storage.Berkas;
import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every page hands out a stored file the user may see: its own type, opened in the browser
 * under a neutral name (never the uploader's file name), not cached and not sniffed as another type.
 */
public final class Unduhan {

    private Unduhan() {}

    /** @param namaDasar the name without extension, e.g. {@code kerjasama-12-40} */
    public static ResponseEntity<InputStreamResource> berkas(Berkas b, InputStream isi, String namaDasar) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(b.jenisIsi()))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + namaDasar + (b.gambar() ? ".jpg" : ".pdf") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(isi));
    }
}
