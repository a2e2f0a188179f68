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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's two books of Permendagri 47/2016 from the regulations adopted in the year:
 * A.1 Buku Peraturan di Desa (ten columns: kind, number and date adopted, subject, summary, date
 * agreed with the BPD, the report for evaluation, the promulgation in the Lembaran or the Berita
 * Desa, Ket.) and A.2 Buku Keputusan Kepala Desa (six columns).
 */
final class BukuRegister implements BukuAdministrasiDesa {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Configuration
    static class Daftar {

        @Bean
        BukuAdministrasiDesa bukuPeraturan(RegulasiService s, ProdukHukumRepository r, WilayahApi w) {
            return new BukuRegister(false, s, r, w);
        }

        @Bean
        BukuAdministrasiDesa bukuKeputusan(RegulasiService s, ProdukHukumRepository r, WilayahApi w) {
            return new BukuRegister(true, s, r, w);
        }
    }

    private final boolean keputusan;
    private final RegulasiService service;
    private final ProdukHukumRepository repository;
    private final WilayahApi wilayah;

    private BukuRegister(
            boolean keputusan, RegulasiService service, ProdukHukumRepository repository, WilayahApi wilayah) {
        this.keputusan = keputusan;
        this.service = service;
        this.repository = repository;
        this.wilayah = wilayah;
    }

    @Override
    public String kunci() {
        return keputusan ? "keputusan" : "peraturan";
    }

    @Override
    public int urutan() {
        return keputusan ? 12 : 11;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return keputusan ? "Buku Keputusan " + kata.kepalaDesa() : "Buku Peraturan di " + kata.desa();
    }

    @Override
    public Buku susun(Wilayah desa, int tahun) {
        List<ProdukHukum> adopted = service.ditetapkan(desa.kode(), tahun);
        return keputusan ? keputusan(desa, adopted) : peraturan(desa, adopted);
    }

    private Buku peraturan(Wilayah desa, List<ProdukHukum> adopted) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : adopted) {
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
                    laporan(p),
                    perdes ? nomorTanggal(p.nomorUndang(), p.tanggalUndang()) : "",
                    perdes ? "" : nomorTanggal(p.nomorUndang(), p.tanggalUndang()),
                    BukuAdministrasi.keterangan(p, repository)));
        }
        return new Buku(
                ("Buku Peraturan di " + kata.desa()).toUpperCase(ID),
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

    private Buku keputusan(Wilayah desa, List<ProdukHukum> adopted) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : adopted) {
            if (p.jenis() != JenisProdukHukum.KEPUTUSAN_KADES) {
                continue;
            }
            rows.add(List.of(
                    no++,
                    nomorTanggal(p.nomor(), p.tanggalTetap()),
                    p.judul(),
                    p.uraian() == null ? "" : p.uraian(),
                    laporan(p),
                    BukuAdministrasi.keterangan(p, repository)));
        }
        return new Buku(
                ("Buku Keputusan " + kata.kepalaDesa()).toUpperCase(ID),
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

    /** The covering letter for the evaluation, "140/12 / 03-02-2026", or empty. */
    private static String laporan(ProdukHukum p) {
        return p.penilaian() == null
                ? ""
                : nomorTanggal(p.penilaian().nomorLaporan(), p.penilaian().tanggalLaporan());
    }
}
