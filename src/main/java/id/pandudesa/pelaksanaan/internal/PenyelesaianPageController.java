package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Isian;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's completion on its page: the LPJ and its document, the hand-over, the maintenance checks. */
@Controller
class PenyelesaianPageController {

    private final PelaksanaanService service;
    private final PenyelesaianService completion;
    private final PerencanaanApi perencanaan;
    private final FileService files;
    private final AkunApi akun;

    PenyelesaianPageController(
            PelaksanaanService service,
            PenyelesaianService completion,
            PerencanaanApi perencanaan,
            FileService files,
            AkunApi akun) {
        this.service = service;
        this.completion = completion;
        this.perencanaan = perencanaan;
        this.files = files;
        this.akun = akun;
    }

    @PostMapping("/pelaksanaan/proyek/{id}/lpj")
    String lpj(
            @PathVariable long id,
            @RequestParam Map<String, String> p,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        byte[] bytes = berkas == null ? null : berkas.getBytes();
        String name = berkas == null ? null : berkas.getOriginalFilename();
        return lakukan(
                redirect,
                "pelaksanaan.pesan.lpj",
                id,
                () -> completion.lpj(
                        id,
                        Isian.tanggal(p.get("tanggal"), "tanggal"),
                        Isian.rupiah(p.get("realisasi"), "realisasi"),
                        bytes,
                        name,
                        me));
    }

    @GetMapping("/pelaksanaan/proyek/{id}/lpj")
    ResponseEntity<byte[]> lpjBerkas(@PathVariable long id) throws IOException {
        PelaksanaanService.Proyek p = service.proyek(id, akun.wajibSaatIni());
        Long fileId = completion.selesai(p).lpjBerkas();
        if (fileId == null) {
            throw new NotFoundException("berkas.tidakDitemukan");
        }
        var file = files.cari(fileId).orElseThrow(() -> new NotFoundException("berkas.tidakDitemukan"));
        try (InputStream in = files.isi(fileId)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.jenisIsi()))
                    .body(in.readAllBytes());
        }
    }

    @PostMapping("/pelaksanaan/proyek/{id}/serah-terima")
    String serahTerima(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(
                redirect,
                "pelaksanaan.pesan.serahTerima",
                id,
                () -> completion.serahTerima(id, Isian.tanggal(p.get("tanggal"), "tanggal"), p.get("nomorAset"), me));
    }

    @PostMapping("/pelaksanaan/proyek/{id}/pelestarian")
    String pelestarian(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(
                redirect,
                "pelaksanaan.pesan.pelestarian",
                id,
                () -> completion.rencanaPelestarian(
                        id,
                        Isian.tanggal(p.get("pertama"), "pertama"),
                        Isian.bulat(p.get("bulan"), "bulan"),
                        Isian.bulat(p.get("kali"), "kali"),
                        p.get("uraian"),
                        me));
    }

    @PostMapping("/pelaksanaan/proyek/{id}/pelestarian/{cekId}")
    String hasilCek(
            @PathVariable long id,
            @PathVariable long cekId,
            @RequestParam Map<String, String> p,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(
                redirect,
                "pelaksanaan.pesan.cek",
                id,
                () -> completion.hasilCek(
                        id, cekId, p.get("hasil"), p.get("catatan"), Isian.tanggal(p.get("tanggal"), "tanggal"), me));
    }

    /** Runs a completion step and returns to the project with its message or the reasons it was refused. */
    private String lakukan(RedirectAttributes redirect, String pesan, long id, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("pesan", pesan);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
            redirect.addFlashAttribute("galatArg", e.args());
            redirect.addFlashAttribute("masalah", e.problems());
        }
        return "redirect:/pelaksanaan/proyek/" + id + "#selesai";
    }
}
