package id.pandudesa.akun.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiAkun implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "akun";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("pengguna", "nama", "akun", TUGAS_PUBLIK),
                umum("pengguna", "email", "akun", TUGAS_PUBLIK),
                umum("pengguna", "telepon", "akun", TUGAS_PUBLIK));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(new BukanPribadi("token_api", "nama", "the label a user gives a token"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(SumberSubjek.tetap(
                "pengguna",
                "SELECT MIN(l.kode) FROM pengguna_lingkup l WHERE l.pengguna_id = t.id",
                "nama",
                List.of("email", "telepon"),
                List.of("username", "peran"),
                "akunPetugas"));
    }
}
