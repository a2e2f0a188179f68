package id.pandudesa.kapasitas.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiKapasitas implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "kapasitas";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("kader", "nama", "kader", TUGAS_PUBLIK),
                umum("kader", "telepon", "kader", TUGAS_PUBLIK),
                umum("kader", "telepon_sidik", "kader", TUGAS_PUBLIK),
                umum("kader_calon", "nama", "kader", TUGAS_PUBLIK),
                umum("pelatihan_peserta", "nama", "pelatihan", TUGAS_PUBLIK),
                umum("lembaga_anggota", "nama", "lembaga", TUGAS_PUBLIK));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("lembaga", "nama", "an institution's name"),
                new BukanPribadi("fasilitas_desa", "nama", "a village facility's name"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(
                SumberSubjek.tetap(
                                "kader",
                                "t.kode_desa",
                                "nama",
                                List.of("telepon"),
                                List.of("jenis", "sk_nomor", "status"),
                                "bukuKader")
                        .tersandi("telepon", "telepon_sidik"),
                SumberSubjek.hapusBoleh(
                        "kader_calon", "t.kode_desa", "nama", List.of(), List.of("jenis", "status", "diusulkan")),
                SumberSubjek.tetap(
                        "pelatihan_peserta",
                        "t.kode_desa",
                        "nama",
                        List.of(),
                        List.of("pelatihan_id", "sertifikat"),
                        "sertifikat"),
                SumberSubjek.tetap(
                        "lembaga_anggota",
                        "SELECT l.kode_wilayah FROM lembaga l WHERE l.id = t.lembaga_id",
                        "nama",
                        List.of(),
                        List.of("lembaga_id", "jabatan"),
                        "bukuLembaga"));
    }
}
