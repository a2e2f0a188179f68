package id.pandudesa.platform.storage;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored file as other modules see it. */
public record Berkas(
        long id,
        String namaAsli,
        String jenisIsi,
        long ukuran,
        Integer lebar,
        Integer tinggi,
        BigDecimal lintang,
        BigDecimal bujur,
        String kodeDesa,
        String pemilik,
        Instant dibuat) {

    public boolean gambar() {
        return jenisIsi.startsWith("image/");
    }
}
