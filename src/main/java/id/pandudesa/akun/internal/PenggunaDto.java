package id.pandudesa.akun.internal;

import java.time.Instant;
import java.util.List;

/** A user in the API; never a password or its hash. */
record PenggunaDto(
        long id,
        String username,
        String nama,
        String peran,
        List<String> lingkup,
        boolean aktif,
        String email,
        String telepon,
        Instant dibuat,
        int versi) {

    static PenggunaDto of(Pengguna p) {
        return new PenggunaDto(
                p.id(),
                p.username(),
                p.nama(),
                p.peran().name(),
                p.lingkup().kode().stream().sorted().toList(),
                p.aktif(),
                p.email(),
                p.telepon(),
                p.dibuat(),
                p.versi());
    }
}
