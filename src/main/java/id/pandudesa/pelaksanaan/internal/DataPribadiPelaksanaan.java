package id.pandudesa.pelaksanaan.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiPelaksanaan implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "pelaksanaan";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(umum("proyek_laporan_foto", "berkas_id", "pelaksanaan", TUGAS_PUBLIK));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("proyek", "nama", "a project's name"),
                new BukanPribadi("proyek", "lokasi", "where a project is built"),
                new BukanPribadi("proyek", "lintang", "where a project is built"),
                new BukanPribadi("proyek", "bujur", "where a project is built"));
    }
}
