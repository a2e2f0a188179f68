package id.pandudesa.platform.privasi;

import static id.pandudesa.platform.privasi.DasarPemrosesan.KEWAJIBAN_HUKUM;
import static id.pandudesa.platform.privasi.DasarPemrosesan.TUGAS_PUBLIK;
import static id.pandudesa.platform.privasi.KolomPribadi.SELAMA_REKAMAN;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data the platform itself holds: stored files' metadata, messages, background jobs. */
@Component
class DataPribadiPlatform implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "platform";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("berkas", "nama_asli", "berkas", TUGAS_PUBLIK),
                umum("berkas", "lintang", "berkas", TUGAS_PUBLIK).disimpan("kegiatan-gps"),
                umum("berkas", "bujur", "berkas", TUGAS_PUBLIK).disimpan("kegiatan-gps"),
                umum("berkas", "pemilik", "berkas", TUGAS_PUBLIK),
                umum("notifikasi", "tujuan", "notifikasi", TUGAS_PUBLIK),
                umum("notifikasi", "tujuan_sidik", "notifikasi", TUGAS_PUBLIK),
                umum("tugas_latar", "pemilik", "berkas", TUGAS_PUBLIK),
                new KolomPribadi(
                        "permintaan_subjek", "cari_nama", KategoriData.UMUM, "subjek", KEWAJIBAN_HUKUM, SELAMA_REKAMAN),
                new KolomPribadi(
                        "permintaan_subjek",
                        "cari_telepon",
                        KategoriData.UMUM,
                        "subjek",
                        KEWAJIBAN_HUKUM,
                        SELAMA_REKAMAN),
                new KolomPribadi(
                        "permintaan_subjek",
                        "cari_email",
                        KategoriData.UMUM,
                        "subjek",
                        KEWAJIBAN_HUKUM,
                        SELAMA_REKAMAN));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(SumberSubjek.tetap(
                        "notifikasi",
                        "t.kode_desa",
                        null,
                        List.of("tujuan"),
                        List.of("subjek", "dibuat", "terkirim"),
                        "notifikasi")
                .tersandi("tujuan", "tujuan_sidik"));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(new BukanPribadi("idempotensi", "lokasi", "the address of the record a request created"));
    }
}
