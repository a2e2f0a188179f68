package id.pandudesa.wilayah.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiWilayah implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "wilayah";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of();
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("wilayah", "nama", "a region's name"),
                new BukanPribadi("wilayah", "nama_cari", "a region's name for search"));
    }
}
