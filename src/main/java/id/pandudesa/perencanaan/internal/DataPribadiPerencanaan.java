package id.pandudesa.perencanaan.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiPerencanaan implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "perencanaan";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of();
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("rkpdes_kegiatan", "nama", "a planned activity's name"),
                new BukanPribadi("rkpdes_kegiatan", "lokasi", "where a planned activity takes place"),
                new BukanPribadi("usulan", "lokasi", "where a proposal would be carried out"));
    }
}
