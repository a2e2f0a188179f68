package id.pandudesa.musyawarah.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
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
                        .disimpan("peserta-nama"),
                umum("musyawarah_undangan", "kontak_sidik", "musyawarah", TUGAS_PUBLIK)
                        .disimpan("peserta-nama"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(
                SumberSubjek.tetap(
                        "musyawarah_hadir",
                        "t.kode_desa",
                        "nama",
                        List.of(),
                        List.of("musyawarah_id", "unsur", "dicatat"),
                        "beritaAcara"),
                SumberSubjek.hapusBoleh(
                                "musyawarah_undangan", "t.kode_desa", "nama", List.of("kontak"), List.of("unsur"))
                        .denganKunci("musyawarah_id", "urutan")
                        .tersandi("kontak", "kontak_sidik"));
    }
}
