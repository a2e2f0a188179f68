package id.pandudesa.regulasi.internal;

import static id.pandudesa.regulasi.internal.BukuAdministrasi.nomorTanggal;

import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A.1 Buku Peraturan di Desa (Permendagri 47/2016), its ten columns, from the regulations adopted
 * in the year: kind, number and date adopted, subject, summary, date agreed with the BPD, the report
 * to the Camat or Bupati, the promulgation in the Lembaran or the Berita Desa.
 */
@Component
class BukuPeraturan implements BukuAdministrasiDesa {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RegulasiService service;
    private final ProdukHukumRepository repository;
    private final WilayahApi wilayah;

    BukuPeraturan(RegulasiService service, ProdukHukumRepository repository, WilayahApi wilayah) {
        this.service = service;
        this.repository = repository;
        this.wilayah = wilayah;
    }

    @Override
    public String kunci() {
        return "peraturan";
    }

    @Override
    public int urutan() {
        return 11;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Peraturan di " + kata.desa();
    }

    @Override
    public Buku susun(Wilayah desa, int tahun) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : service.ditetapkan(desa.kode(), tahun)) {
            if (p.jenis() == JenisProdukHukum.KEPUTUSAN_KADES) {
                continue;
            }
            boolean perdes = p.jenis() == JenisProdukHukum.PERDES;
            rows.add(List.of(
                    no++,
                    BukuAdministrasi.jenis(kata, p.jenis()),
                    nomorTanggal(p.nomor(), p.tanggalTetap()),
                    p.judul(),
                    p.uraian() == null ? "" : p.uraian(),
                    perdes && p.tanggalSepakat() != null ? TGL.format(p.tanggalSepakat()) : "",
                    nomorTanggal(p.nomorLaporan(), p.tanggalLaporan()),
                    perdes ? nomorTanggal(p.nomorUndang(), p.tanggalUndang()) : "",
                    perdes ? "" : nomorTanggal(p.nomorUndang(), p.tanggalUndang()),
                    BukuAdministrasi.keterangan(p, repository)));
        }
        return new Buku(
                judul(kata).toUpperCase(ID),
                List.of(
                        "No",
                        "Jenis peraturan di " + kata.desa(),
                        "Nomor dan tanggal ditetapkan",
                        "Tentang",
                        "Uraian singkat",
                        "Tanggal kesepakatan " + kata.perdes(),
                        "Nomor dan tanggal dilaporkan",
                        "Nomor dan tanggal diundangkan dalam Lembaran " + kata.desa(),
                        "Nomor dan tanggal diundangkan dalam Berita " + kata.desa(),
                        "Ket."),
                rows,
                new float[] {0.5f, 1.5f, 1.5f, 2.3f, 2.1f, 1.2f, 1.5f, 1.5f, 1.5f, 1.6f},
                new boolean[] {true, false, false, false, false, false, false, false, false, false});
    }
}
