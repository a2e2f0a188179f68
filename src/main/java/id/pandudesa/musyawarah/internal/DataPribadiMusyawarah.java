package id.pandudesa.musyawarah.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiMusyawarah implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "musyawarah";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("musyawarah_hadir", "nama", "musyawarah", TUGAS_PUBLIK).disimpan("peserta-nama"),
                umum("musyawarah_hadir", "disabilitas", "musyawarah", TUGAS_PUBLIK)
                        .spesifik()
                        .disimpan("peserta-nama"),
                umum("musyawarah_hadir", "miskin", "musyawarah", TUGAS_PUBLIK)
                        .spesifik()
                        .disimpan("peserta-nama"),
                umum("musyawarah_undangan", "nama", "musyawarah", TUGAS_PUBLIK).disimpan("peserta-nama"),
                umum("musyawarah_undangan", "kontak", "musyawarah", TUGAS_PUBLIK)
                        .disimpan("peserta-nama"));
    }
}
