package id.pandudesa.ekonomi.internal;

import static id.pandudesa.platform.privasi.DasarPemrosesan.*;
import static id.pandudesa.platform.privasi.KolomPribadi.umum;

import id.pandudesa.platform.privasi.DeklarasiDataPribadi;
import id.pandudesa.platform.privasi.KolomPribadi;
import id.pandudesa.platform.privasi.SumberSubjek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The personal data this module holds (UU 27/2022), for the record of processing. */
@Component
class DataPribadiEkonomi implements DeklarasiDataPribadi {

    @Override
    public String modul() {
        return "ekonomi";
    }

    @Override
    public List<KolomPribadi> kolom() {
        return List.of(
                umum("umkm", "pemilik", "umkm", TUGAS_PUBLIK),
                umum("umkm", "pemilik_jk", "umkm", TUGAS_PUBLIK),
                umum("umkm", "telepon", "umkm", TUGAS_PUBLIK),
                umum("umkm", "telepon_sidik", "umkm", TUGAS_PUBLIK),
                umum("umkm", "rumah_tangga_miskin", "umkm", TUGAS_PUBLIK).spesifik(),
                umum("produk_desa", "whatsapp", "produk", PERSETUJUAN));
    }

    @Override
    public List<BukanPribadi> bukanPribadi() {
        return List.of(
                new BukanPribadi("umkm", "nama", "a business's name"),
                new BukanPribadi("produk_desa", "nama", "a product's name"),
                new BukanPribadi("produk_desa", "foto_berkas_id", "a photo of the product"),
                new BukanPribadi("produk_mitra", "nama", "a shop, market or online shop"),
                new BukanPribadi("bumdes", "nama", "a BUMDes's name"),
                new BukanPribadi("bumdes_unit", "nama", "a business unit's name"),
                new BukanPribadi("inkubasi", "nama", "an incubation programme's name"),
                new BukanPribadi("potensi_desa", "nama", "a village asset's name"),
                new BukanPribadi("potensi_desa", "lintang", "where a village asset lies"),
                new BukanPribadi("potensi_desa", "bujur", "where a village asset lies"));
    }

    @Override
    public List<SumberSubjek> sumberSubjek() {
        return List.of(
                SumberSubjek.hapusBoleh("umkm", "t.kode_desa", "pemilik", List.of("telepon"), List.of("nama", "sektor"))
                        .tersandi("telepon", "telepon_sidik"),
                SumberSubjek.hapusBoleh("produk_desa", "t.kode_desa", null, List.of("whatsapp"), List.of("nama")));
    }
}
