package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.privasi.LogAkses;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.platform.web.Unduhan;
import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.CetakBukuDesa;
import id.pandudesa.wilayah.Wilayah;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The register's pages: a village's list and drafting form, one regulation with its steps, the books. */
@Controller
class RegulasiPageController {

    private final RegulasiService service;
    private final DasarHukumService dasarHukum;
    private final CetakBukuDesa buku;
    private final MusyawarahApi musyawarah;
    private final FileService files;
    private final AkunApi akun;
    private final LogAkses logAkses;

    RegulasiPageController(
            RegulasiService service,
            DasarHukumService dasarHukum,
            CetakBukuDesa buku,
            MusyawarahApi musyawarah,
            FileService files,
            AkunApi akun,
            LogAkses logAkses) {
        this.service = service;
        this.dasarHukum = dasarHukum;
        this.buku = buku;
        this.musyawarah = musyawarah;
        this.files = files;
        this.akun = akun;
        this.logAkses = logAkses;
    }

    @Bean
    static PublicPaths regulasiPublik() {
        return PublicPaths.pages("/desa/*/regulasi/*");
    }

    @GetMapping("/regulasi/{kode}")
    String daftar(@PathVariable String kode, @RequestParam(required = false) Long mengubah, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiDaftar(model, kode, me);
        if (mengubah != null) {
            ProdukHukum lama = service.lihat(mengubah, me);
            if (lama.kodeDesa().equals(kode) && lama.publik()) {
                model.addAttribute("mengubah", lama);
            }
        }
        return "regulasi/daftar";
    }

    private void isiDaftar(Model model, String kode, PenggunaSaatIni me) {
        Wilayah desa = service.desa(kode, me);
        model.addAttribute("desa", desa);
        model.addAttribute("daftar", service.daftar(desa.kode(), me));
        model.addAttribute("bolehMengelola", RegulasiService.bolehMengelola(me, desa.kode()));
        model.addAttribute("semuaJenis", JenisProdukHukum.values());
        model.addAttribute("tahun", service.hariIni().getYear());
    }

    @PostMapping("/regulasi/{kode}")
    String buat(
            @PathVariable String kode,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String judul,
            @RequestParam(required = false) String uraian,
            @RequestParam(defaultValue = "false") boolean perluEvaluasi,
            @RequestParam(required = false) Long mengubahId,
            @RequestParam(required = false) String perubahan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> service.buat(kode, jenis, judul, uraian, perluEvaluasi, mengubahId, perubahan, me),
                "regulasi.tersimpan",
                p -> "/regulasi/produk/" + p.id(),
                "regulasi/daftar",
                () -> isiDaftar(pageAction.model(), kode, me));
    }

    @GetMapping("/regulasi/produk/{id}")
    String lihat(@PathVariable long id, Model model) {
        isi(model, id, akun.wajibSaatIni());
        return "regulasi/detail";
    }

    private void isi(Model model, long id, PenggunaSaatIni me) {
        ProdukHukum r = service.lihat(id, me);
        model.addAttribute("r", r);
        model.addAttribute("bolehMengelola", RegulasiService.bolehMengelola(me, r.kodeDesa()));
        model.addAttribute("evaluatorSaya", evaluatorSaya(me, r.kodeDesa()));
        model.addAttribute("yangDiubah", r.mengubahId() == null ? null : service.lihat(r.mengubahId(), me));
        model.addAttribute("pengganti", r.digantiOlehId() == null ? null : service.lihat(r.digantiOlehId(), me));
        model.addAttribute("dasarBagi", dasarHukum.dasarBagi(r));
        model.addAttribute("bolehKomentar", RegulasiService.PENDAMPING.contains(me.peran()));
        model.addAttribute("musyawarahDesa", musyawarah.terbaru(r.kodeDesa(), 20, me));
        model.addAttribute(
                "musyawarahDikutip",
                r.musyawarahId() == null
                        ? null
                        : musyawarah.ringkas(r.musyawarahId(), me).orElse(null));
    }

    @PostMapping("/regulasi/produk/{id}/langkah/{aksi}")
    String langkah(
            @PathVariable long id,
            @PathVariable String aksi,
            @RequestParam(required = false) Integer versi,
            @RequestParam(required = false) String musyawarahId,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String nomor,
            @RequestParam(required = false) Boolean sesuai,
            @RequestParam(required = false) String catatan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    Integer meeting = Isian.bulat(musyawarahId, "musyawarahId");
                    service.langkah(
                            id,
                            versi,
                            aksi,
                            new RegulasiService.Langkah(
                                    meeting == null ? null : meeting.longValue(),
                                    Isian.tanggal(tanggal, "tanggal"),
                                    nomor,
                                    sesuai,
                                    catatan),
                            me);
                    return "regulasi.langkahTersimpan";
                },
                "/regulasi/produk/" + id,
                "regulasi/detail",
                () -> isi(pageAction.model(), id, me));
    }

    @PostMapping("/regulasi/produk/{id}/teks")
    String teks(
            @PathVariable long id,
            @RequestPart(name = "berkas", required = false) MultipartFile berkas,
            @RequestParam(required = false) String catatan,
            PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        byte[] bytes = berkas == null ? null : berkas.getBytes();
        String name = berkas == null ? null : berkas.getOriginalFilename();
        return pageAction.run(
                () -> {
                    service.unggahTeks(id, bytes, name, catatan, me);
                    return "regulasi.teksTersimpan";
                },
                "/regulasi/produk/" + id,
                "regulasi/detail",
                () -> isi(pageAction.model(), id, me));
    }

    @PostMapping("/regulasi/produk/{id}/komentar")
    String komentar(@PathVariable long id, @RequestParam(required = false) String isi, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    service.komentari(id, isi, me);
                    return "regulasi.komentarTersimpan";
                },
                "/regulasi/produk/" + id,
                "regulasi/detail",
                () -> isi(pageAction.model(), id, me));
    }

    @GetMapping("/regulasi/produk/{id}/teks/{berkasId}")
    ResponseEntity<InputStreamResource> unduh(@PathVariable long id, @PathVariable long berkasId) {
        return unduhan(service.teks(id, berkasId, akun.wajibSaatIni()), "regulasi-" + id + "-" + berkasId);
    }

    /** The latest text of an adopted regulation, for everyone (linked from the village board). */
    @GetMapping("/desa/{kode}/regulasi/{id}")
    ResponseEntity<InputStreamResource> publik(@PathVariable String kode, @PathVariable long id) {
        return unduhan(service.teksPublik(kode, id), "regulasi-" + id);
    }

    private ResponseEntity<InputStreamResource> unduhan(TeksProdukHukum t, String nama) {
        Berkas b = files.cari(t.berkasId()).orElseThrow(() -> new NotFoundException("regulasi.tidakDitemukan"));
        return Unduhan.berkas(b, files.isi(b.id()), nama);
    }

    private static String evaluatorSaya(PenggunaSaatIni me, String kodeDesa) {
        try {
            return RegulasiService.evaluator(me, kodeDesa).name();
        } catch (id.pandudesa.platform.ForbiddenException e) {
            return null;
        }
    }

    /** The village's administration books, each as PDF and Excel for the chosen year. */
    @GetMapping("/regulasi/{kode}/buku")
    String bukuDaftar(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desa(kode, me);
        int year = tahun(tahun);
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", year);
        model.addAttribute("buku", buku.semua());
        model.addAttribute(
                "tahunPilihan",
                java.util.stream.IntStream.rangeClosed(
                                year - 5, service.hariIni().getYear())
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        return "regulasi/buku";
    }

    @GetMapping("/regulasi/{kode}/buku-{jenis}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> bukuPdf(
            @PathVariable String kode, @PathVariable String jenis, @RequestParam(required = false) Integer tahun) {
        Wilayah desa = service.desa(kode, akun.wajibSaatIni());
        int year = tahun(tahun);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("buku-" + jenis + "-" + desa.kode() + "-" + year + ".pdf")
                                .build()
                                .toString())
                .body(buku.pdf(desa, year, susun(desa, jenis, year)));
    }

    @GetMapping("/regulasi/{kode}/buku-{jenis}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> bukuExcel(
            @PathVariable String kode, @PathVariable String jenis, @RequestParam(required = false) Integer tahun) {
        Wilayah desa = service.desa(kode, akun.wajibSaatIni());
        int year = tahun(tahun);
        return buku.excel(desa, year, susun(desa, jenis, year))
                .unduhan("buku-" + jenis + "-" + desa.kode() + "-" + year);
    }

    private int tahun(Integer tahun) {
        int now = service.hariIni().getYear();
        if (tahun == null) {
            return now;
        }
        if (tahun < 2015 || tahun > now + 1) {
            throw new NotFoundException("regulasi.bukuTidakDikenal");
        }
        return tahun;
    }

    private BukuAdministrasiDesa.Buku susun(Wilayah desa, String jenis, int year) {
        BukuAdministrasiDesa b = buku.cari(jenis).orElseThrow(() -> new NotFoundException("regulasi.bukuTidakDikenal"));
        BukuAdministrasiDesa.Buku printed = b.susun(desa, year);
        if (b.dataPribadi()) {
            logAkses.catat(
                    "buku." + b.kunci(),
                    desa.kode() + "/" + year,
                    desa.kode(),
                    printed.baris().size());
        }
        return printed;
    }
}
