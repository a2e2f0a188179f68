package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.privasi.LogAkses;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's documents: the berita acara and invitation as PDF, the signed scan that locks it, publication and corrections. */
@Controller
class BeritaAcaraPageController {

    private final MusyawarahService service;

    private final HalamanMusyawarah halaman;
    private final MusyawarahPdf pdf;
    private final FileService files;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final LogAkses logAkses;

    BeritaAcaraPageController(
            MusyawarahService service,
            HalamanMusyawarah halaman,
            MusyawarahPdf pdf,
            FileService files,
            AkunApi akun,
            WilayahApi wilayah,
            LogAkses logAkses) {
        this.logAkses = logAkses;
        this.service = service;
        this.halaman = halaman;
        this.pdf = pdf;
        this.files = files;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    @PostMapping("/musyawarah/{id}/tandatangani")
    String tandatangani(@PathVariable long id, @RequestParam("berkas") MultipartFile file, PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        byte[] bytes = file.getBytes();
        return halaman.aksi(id, me, pageAction, "", () -> {
            service.tandatangani(id, bytes, file.getOriginalFilename(), me);
            return "musyawarah.pesan.ditandatangani";
        });
    }

    @PostMapping("/musyawarah/{id}/terbitkan")
    String terbitkan(@PathVariable long id, @RequestParam boolean publik, RedirectAttributes redirect) {
        service.terbitkan(id, publik, akun.wajibSaatIni());
        redirect.addFlashAttribute("pesan", publik ? "musyawarah.pesan.terbit" : "musyawarah.pesan.tidakTerbit");
        return "redirect:/musyawarah/" + id;
    }

    @PostMapping("/musyawarah/{id}/koreksi")
    String koreksi(@PathVariable long id, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> service.koreksi(id, me),
                "musyawarah.pesan.koreksi",
                next -> "/musyawarah/" + next.id(),
                "musyawarah/detail",
                () -> halaman.isiDetail(pageAction.model(), service.lihat(id, me), me));
    }

    @GetMapping("/musyawarah/{id}/berita-acara.pdf")
    void beritaAcara(@PathVariable long id, HttpServletResponse response) throws IOException {
        Musyawarah m = service.lihat(id, akun.wajibSaatIni());
        kirimPdf(response, "berita-acara-" + m.id() + ".pdf", pdf.beritaAcara(m, service.inklusi(m)));
    }

    @GetMapping("/musyawarah/{id}/undangan.pdf")
    void undanganPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        Musyawarah m = service.lihat(id, akun.wajibSaatIni());
        if (!m.undangan().isEmpty()) {
            // The invitation lists the invitees by name: a print of people's data, logged.
            logAkses.catat(
                    "musyawarah.undangan", m.id(), m.kodeDesa(), m.undangan().size());
        }
        kirimPdf(response, "undangan-" + m.id() + ".pdf", pdf.undangan(m));
    }

    @GetMapping("/musyawarah/{id}/berkas")
    void berkas(@PathVariable long id, HttpServletResponse response) throws IOException {
        Musyawarah m = service.lihat(id, akun.wajibSaatIni());
        if (m.berkasBa() == null) {
            throw new NotFoundException("berkas.tidakDitemukan");
        }
        var file = files.cari(m.berkasBa()).orElseThrow(() -> new NotFoundException("berkas.tidakDitemukan"));
        response.setContentType(file.jenisIsi());
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"berita-acara-bertanda-tangan-" + m.id()
                        + (file.jenisIsi().equals("application/pdf") ? ".pdf" : ".jpg") + "\"");
        try (InputStream in = files.isi(file.id())) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static void kirimPdf(HttpServletResponse response, String name, byte[] bytes) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.getOutputStream().write(bytes);
    }
}
