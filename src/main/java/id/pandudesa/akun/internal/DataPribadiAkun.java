package id.pandudesa.akun.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
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
}
