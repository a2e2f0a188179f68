package id.pandudesa.regulasi.internal;

import static id.pandudesa.regulasi.internal.BukuAdministrasi.nomorTanggal;

import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A.2 Buku Keputusan Kepala Desa (Permendagri 47/2016), its six columns, from the year's decisions. */
@Component
class BukuKeputusan implements BukuAdministrasiDesa {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final RegulasiService service;
    private final ProdukHukumRepository repository;
    private final WilayahApi wilayah;

    BukuKeputusan(RegulasiService service, ProdukHukumRepository repository, WilayahApi wilayah) {
        this.service = service;
        this.repository = repository;
        this.wilayah = wilayah;
    }

    @Override
    public String kunci() {
        return "keputusan";
    }

    @Override
    public int urutan() {
        return 12;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Keputusan " + kata.kepalaDesa();
    }

    @Override
    public Buku susun(Wilayah desa, int tahun) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : service.ditetapkan(desa.kode(), tahun)) {
            if (p.jenis() != JenisProdukHukum.KEPUTUSAN_KADES) {
                continue;
            }
            rows.add(List.of(
                    no++,
                    nomorTanggal(p.nomor(), p.tanggalTetap()),
                    p.judul(),
                    p.uraian() == null ? "" : p.uraian(),
                    nomorTanggal(p.nomorLaporan(), p.tanggalLaporan()),
                    BukuAdministrasi.keterangan(p, repository)));
        }
        return new Buku(
                judul(kata).toUpperCase(ID),
                List.of(
                        "No",
                        "Nomor dan tanggal keputusan " + kata.kepalaDesa(),
                        "Tentang",
                        "Uraian singkat",
                        "Nomor dan tanggal dilaporkan",
                        "Ket."),
                rows,
                new float[] {0.5f, 2, 3, 4, 2, 1},
                new boolean[] {true, false, false, false, false, false});
    }
}
