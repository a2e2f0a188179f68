package id.pandudesa.pendampingan.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiPendampingan implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "pendampingan";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("kegiatan_pendampingan", "lintang", "pendampingan", TUGAS_PUBLIK)
                        .disimpan("kegiatan-gps"),
                umum("kegiatan_pendampingan", "bujur", "pendampingan", TUGAS_PUBLIK)
                        .disimpan("kegiatan-gps"),
                umum("kegiatan_pendampingan_foto", "berkas_id", "pendampingan", TUGAS_PUBLIK));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(new BukanPribadi("pendampingan_sub_topik", "nama", "a sub-topic's name"));
    }
}
