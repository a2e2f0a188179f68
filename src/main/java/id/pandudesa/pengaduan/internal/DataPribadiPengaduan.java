package id.pandudesa.pengaduan.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiPengaduan implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "pengaduan";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("pengaduan", "nama", "pengaduan", TUGAS_PUBLIK).disimpan("pengaduan-identitas"),
                umum("pengaduan", "kontak", "pengaduan", TUGAS_PUBLIK).disimpan("pengaduan-identitas"),
                umum("perselisihan_pihak", "nama", "perselisihan", TUGAS_PUBLIK).disimpan("pengaduan-identitas"),
                umum("pengaduan", "nama_sidik", "pengaduan", TUGAS_PUBLIK).disimpan("pengaduan-identitas"),
                umum("pengaduan", "kontak_sidik", "pengaduan", TUGAS_PUBLIK).disimpan("pengaduan-identitas"),
                umum("perselisihan_pihak", "nama_sidik", "perselisihan", TUGAS_PUBLIK)
                        .disimpan("pengaduan-identitas"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(
                SumberSubjek.hapusBoleh(
                                "pengaduan",
                                "t.kode_desa",
                                "nama",
                                List.of("kontak"),
                                List.of("kode_lacak", "kategori", "status", "dibuat"))
                        .tersandi("nama", "nama_sidik")
                        .tersandi("kontak", "kontak_sidik"),
                SumberSubjek.hapusBoleh(
                                "perselisihan_pihak",
                                "SELECT p.kode_desa FROM pengaduan p WHERE p.id = t.pengaduan_id",
                                "nama",
                                List.of(),
                                List.of("pengaduan_id", "peran"))
                        .tersandi("nama", "nama_sidik"));
    }
}
