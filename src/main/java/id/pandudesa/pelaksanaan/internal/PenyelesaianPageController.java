package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A project's completion on its page: the LPJ and its document, the hand-over, the maintenance checks. */
@Controller
class PenyelesaianPageController {

    private final PelaksanaanService service;

    private final HalamanProyek halaman;
    private final PenyelesaianService completion;
    private final PerencanaanApi perencanaan;
    private final FileService files;
    private final SwadayaService swadaya;
    private final AkunApi akun;

    PenyelesaianPageController(
            PelaksanaanService service,
            HalamanProyek halaman,
            PenyelesaianService completion,
            PerencanaanApi perencanaan,
            FileService files,
            SwadayaService swadaya,
            AkunApi akun) {
        this.service = service;
        this.halaman = halaman;
        this.completion = completion;
        this.perencanaan = perencanaan;
        this.files = files;
        this.swadaya = swadaya;
        this.akun = akun;
    }

    record LpjForm(String tanggal, String realisasi) implements Formulir {}

    @PostMapping("/pelaksanaan/proyek/{id}/lpj")
    String lpj(
            @PathVariable long id,
            LpjForm f,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas,
            PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        byte[] bytes = berkas == null ? null : berkas.getBytes();
        String name = berkas == null ? null : berkas.getOriginalFilename();
        return lakukan(id, me, f, pageAction, () -> {
            completion.lpj(
                    id,
                    Isian.tanggal(f.tanggal(), "tanggal"),
                    Isian.rupiah(f.realisasi(), "realisasi"),
                    bytes,
                    name,
                    me);
            return "pelaksanaan.pesan.lpj";
        });
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

    record SerahTerimaForm(String tanggal, String nomorAset) implements Formulir {}

    @PostMapping("/pelaksanaan/proyek/{id}/serah-terima")
    String serahTerima(@PathVariable long id, SerahTerimaForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            completion.serahTerima(id, Isian.tanggal(f.tanggal(), "tanggal"), f.nomorAset(), me);
            return "pelaksanaan.pesan.serahTerima";
        });
    }

    record PelestarianForm(String pertama, String bulan, String kali, String uraian) implements Formulir {}

    @PostMapping("/pelaksanaan/proyek/{id}/pelestarian")
    String pelestarian(@PathVariable long id, PelestarianForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            completion.rencanaPelestarian(
                    id,
                    Isian.tanggal(f.pertama(), "pertama"),
                    Isian.bulat(f.bulan(), "bulan"),
                    Isian.bulat(f.kali(), "kali"),
                    f.uraian(),
                    me);
            return "pelaksanaan.pesan.pelestarian";
        });
    }

    record CekForm(String hasil, String catatan, String tanggal) implements Formulir {}

    @PostMapping("/pelaksanaan/proyek/{id}/pelestarian/{cekId}")
    String hasilCek(@PathVariable long id, @PathVariable long cekId, CekForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            completion.hasilCek(id, cekId, f.hasil(), f.catatan(), Isian.tanggal(f.tanggal(), "tanggal"), me);
            return "pelaksanaan.pesan.cek";
        });
    }

    record SwadayaForm(String tanggal, String jenis, String uraian, String hok, String nilai) implements Formulir {}

    /** Swadaya gotong royong given to the project: labour, goods or money, with its value. */
    @PostMapping("/pelaksanaan/proyek/{id}/swadaya")
    String swadaya(@PathVariable long id, SwadayaForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PelaksanaanService.Proyek project = service.proyek(id, me);
        if (!PelaksanaanService.PENCATAT.contains(me.peran())) {
            throw new id.pandudesa.platform.ForbiddenException("pelaksanaan.bukanPencatat");
        }
        return pageAction.run(
                () -> {
                    swadaya.catat(
                            id,
                            Isian.tanggal(f.tanggal(), "tanggal"),
                            f.jenis(),
                            f.uraian(),
                            f.hok() == null || f.hok().isBlank() ? null : Isian.bulat(f.hok(), "hok"),
                            f.nilai() == null || f.nilai().isBlank() ? null : Isian.rupiah(f.nilai(), "nilai"),
                            me);
                    return "swadaya.pesan.tersimpan";
                },
                "/pelaksanaan/proyek/" + id + "#swadaya",
                "pelaksanaan/proyek",
                () -> halaman.isiProyek(pageAction.model(), project, me, new java.util.LinkedHashMap<>()));
    }

    /** A completion step from the project's page: back to its completion part, or the page again with the reasons. */
    private String lakukan(
            long id, PenggunaSaatIni me, Formulir f, PageAction pageAction, java.util.function.Supplier<String> step) {
        PelaksanaanService.Proyek project = service.proyek(id, me);
        return pageAction.run(
                step,
                "/pelaksanaan/proyek/" + id + "#selesai",
                "pelaksanaan/proyek",
                () -> halaman.isiProyek(pageAction.model(), project, me, new java.util.LinkedHashMap<>(f.isian())));
    }
}
