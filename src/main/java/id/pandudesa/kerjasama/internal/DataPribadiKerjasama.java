package id.pandudesa.kerjasama.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiKerjasama implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "kerjasama";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("kerjasama_bkad_pengurus", "nama", "kerjasama", TUGAS_PUBLIK),
                umum("kerjasama_mitra", "kontak", "kerjasama", TUGAS_PUBLIK),
                umum("kerjasama_mitra", "kontak_sidik", "kerjasama", TUGAS_PUBLIK));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("kerjasama_bkad", "nama", "a BKAD's name"),
                new BukanPribadi("kerjasama_mitra", "nama", "a partner organisation's name"),
                new BukanPribadi("kerjasama_mitra", "alamat", "a partner organisation's address"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(
                SumberSubjek.tetap(
                        "kerjasama_bkad_pengurus",
                        "t.kode_desa",
                        "nama",
                        List.of(),
                        List.of("bkad_id", "jabatan"),
                        "skBkad"),
                SumberSubjek.hapusBoleh(
                                "kerjasama_mitra", "t.kode_desa", null, List.of("kontak"), List.of("nama", "jenis"))
                        .tersandi("kontak", "kontak_sidik"));
    }
}
