package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.platform.web.Unduhan;
import id.pandudesa.wilayah.Wilayah;
import java.io.IOException;
import java.util.List;
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
    private final BukuAdministrasi buku;
    private final MusyawarahApi musyawarah;
    private final FileService files;
    private final AkunApi akun;

    RegulasiPageController(
            RegulasiService service, BukuAdministrasi buku, MusyawarahApi musyawarah, FileService files, AkunApi akun) {
        this.service = service;
        this.buku = buku;
        this.musyawarah = musyawarah;
        this.files = files;
        this.akun = akun;
    }

    @Bean
    static PublicPaths regulasiPublik() {
        return PublicPaths.pages("/desa/*/regulasi/*");
    }

    @GetMapping("/regulasi/{kode}")
    String daftar(@PathVariable String kode, Model model) {
        isiDaftar(model, kode, akun.wajibSaatIni());
        return "regulasi/daftar";
    }

    private void isiDaftar(Model model, String kode, PenggunaSaatIni me) {
        Wilayah desa = service.desa(kode, me);
        model.addAttribute("desa", desa);
        model.addAttribute("daftar", service.daftar(desa.kode(), me));
        model.addAttribute("bolehMengelola", RegulasiService.bolehMengelola(me, desa.kode()));
        model.addAttribute("semuaJenis", ProdukHukum.Jenis.values());
        model.addAttribute("tahun", service.hariIni().getYear());
    }

    @PostMapping("/regulasi/{kode}")
    String buat(
            @PathVariable String kode,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String judul,
            @RequestParam(required = false) String uraian,
            @RequestParam(defaultValue = "false") boolean perluEvaluasi,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> service.buat(kode, jenis, judul, uraian, perluEvaluasi, me),
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
        model.addAttribute("bolehMengevaluasi", me.peran() == Peran.CAMAT);
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

    @GetMapping("/regulasi/{kode}/buku-{jenis}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> bukuPdf(
            @PathVariable String kode, @PathVariable String jenis, @RequestParam(required = false) Integer tahun) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desa(kode, me);
        int year = tahun == null ? service.hariIni().getYear() : tahun;
        BukuAdministrasi.Buku b = susun(desa, jenis, year, me);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("buku-" + jenis + "-" + desa.kode() + "-" + year + ".pdf")
                                .build()
                                .toString())
                .body(buku.pdf(desa, year, b));
    }

    @GetMapping("/regulasi/{kode}/buku-{jenis}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> bukuExcel(
            @PathVariable String kode, @PathVariable String jenis, @RequestParam(required = false) Integer tahun) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desa(kode, me);
        int year = tahun == null ? service.hariIni().getYear() : tahun;
        return buku.excel(desa, year, susun(desa, jenis, year, me))
                .unduhan("buku-" + jenis + "-" + desa.kode() + "-" + year);
    }

    private BukuAdministrasi.Buku susun(Wilayah desa, String jenis, int year, PenggunaSaatIni me) {
        List<ProdukHukum> adopted = service.ditetapkan(desa.kode(), year, me);
        return switch (jenis) {
            case "peraturan" -> buku.peraturan(desa, adopted);
            case "keputusan" -> buku.keputusan(desa, adopted);
            default -> throw new NotFoundException("regulasi.bukuTidakDikenal");
        };
    }
}
