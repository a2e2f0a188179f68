package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.pendampingan.Rujukan;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily log on a phone: one form, sensible defaults, drafts, photos; the list; one entry. */
@Controller
class KegiatanPageController {

    private final KegiatanService service;
    private final KegiatanQueries queries;
    private final SubTopikQueries subTopics;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final FileService files;
    private final Validator validator;

    KegiatanPageController(
            KegiatanService service,
            KegiatanQueries queries,
            SubTopikQueries subTopics,
            AkunApi akun,
            WilayahApi wilayah,
            FileService files,
            Validator validator) {
        this.service = service;
        this.queries = queries;
        this.subTopics = subTopics;
        this.akun = akun;
        this.wilayah = wilayah;
        this.files = files;
        this.validator = validator;
    }

    @GetMapping("/pendampingan")
    String daftar(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) String penulis,
            @RequestParam(required = false) String metode,
            @RequestParam(required = false) String ruangLingkup,
            @RequestParam(name = "ukuran", required = false) String ukuranDiminta,
            PageQuery page,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanQueries.Saring saring = KegiatanQueries.Saring.dari(desa, dari, sampai, penulis, metode, ruangLingkup);
        // Phones on slow connections: 20 entries a page unless asked for more.
        PageQuery pageSize = ukuranDiminta == null ? new PageQuery(page.halaman(), 20) : page;
        PageResult<KegiatanQueries.KegiatanRingkas> hasil =
                queries.daftar(me.lingkup(), me.username(), saring, pageSize);
        model.addAttribute("hasil", hasil);
        model.addAttribute(
                "namaDesa",
                namaDesa(hasil.isi().stream()
                        .map(KegiatanQueries.KegiatanRingkas::kodeDesa)
                        .toList()));
        model.addAttribute(
                "saring",
                Map.of(
                        "desa", desa == null ? "" : desa,
                        "dari", dari == null ? "" : dari,
                        "sampai", sampai == null ? "" : sampai,
                        "penulis", penulis == null ? "" : penulis,
                        "metode", metode == null ? "" : metode,
                        "ruangLingkup", ruangLingkup == null ? "" : ruangLingkup));
        model.addAttribute("bolehMencatat", KegiatanService.PENULIS.contains(me.peran()));
        model.addAttribute("semuaMetode", MetodePendampingan.values());
        model.addAttribute("semuaLingkup", RuangLingkup.values());
        return "pendampingan/daftar";
    }

    /**
     * The empty form; other modules link here with {@code desa}, {@code rujukanJenis} and {@code
     * rujukanId} to log facilitation of one of their records (a musyawarah, a project, a complaint).
     */
    @GetMapping("/pendampingan/catat")
    String formBaru(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String rujukanJenis,
            @RequestParam(required = false) String rujukanId,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanService.wajibPenulis(me);
        KegiatanForm form = new KegiatanForm();
        List<Wilayah> villages = desaSaya(me);
        java.util.Optional<KegiatanQueries.Terakhir> previous = queries.terakhir(me.username());
        String last = previous.map(KegiatanQueries.Terakhir::kodeDesa).orElse(null);
        String asked = desa == null ? null : KodeWilayah.normalisasi(desa);
        String chosen = asked != null && me.mencakup(asked)
                ? asked
                : last != null && me.mencakup(last)
                        ? last
                        : villages.isEmpty() ? null : villages.getFirst().kode();
        form.setKodeDesa(chosen);
        form.setTanggal(chosen == null ? LocalDate.now() : service.today(chosen));
        if (Rujukan.sah(rujukanJenis, rujukanId)) {
            form.setRujukanJenis(rujukanJenis.trim());
            form.setRujukanId(rujukanId.trim());
        }
        form.setMetode(previous.map(KegiatanQueries.Terakhir::metode).orElse(MetodePendampingan.FASILITASI.name()));
        form.setRuangLingkup(
                previous.map(KegiatanQueries.Terakhir::ruangLingkup).orElse(null));
        fillForm(model, form, villages);
        return "pendampingan/form";
    }

    @PostMapping("/pendampingan/catat")
    String catat(
            @ModelAttribute("form") KegiatanForm form,
            BindingResult result,
            @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
            @RequestParam(name = "aksi", defaultValue = "simpan") String aksi,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanService.wajibPenulis(me);
        CatatKegiatan cmd = form.toCommand("draf".equals(aksi));
        if (!result.hasErrors() && FormErrors.validate(validator, cmd, result)) {
            try {
                KegiatanPendampingan saved = service.catat(cmd, me, photos(foto), form.isSimpanLokasiFoto());
                redirect.addFlashAttribute(
                        "pesan",
                        saved.status() == KegiatanPendampingan.Status.DRAF
                                ? "kegiatan.pesan.draf"
                                : "kegiatan.pesan.tersimpan");
                return "redirect:/pendampingan/kegiatan/" + saved.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (NotFoundException e) {
                FormErrors.apply(e, "kodeDesa", result);
            }
        }
        // The form again with its messages, as 422: nothing was stored.
        response.setStatus(422);
        fillForm(model, form, desaSaya(me));
        return "pendampingan/form";
    }

    @GetMapping("/pendampingan/kegiatan/{id}")
    String detail(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanPendampingan entry = service.lihat(id, me);
        model.addAttribute("k", KegiatanDto.of(entry));
        model.addAttribute("desa", wilayah.wajib(entry.kodeDesa()));
        model.addAttribute(
                "subTopik", entry.subTopik() == null ? null : subTopics.nama().get(entry.subTopik()));
        model.addAttribute("milikSaya", entry.penulis().equals(me.username()));
        model.addAttribute(
                "terlambat",
                entry.tenggatTindakLanjut() != null
                        && entry.tindakLanjutSelesai() == null
                        && entry.tenggatTindakLanjut().isBefore(service.today(entry.kodeDesa())));
        return "pendampingan/detail";
    }

    @GetMapping("/pendampingan/kegiatan/{id}/ubah")
    String formUbah(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanPendampingan entry = service.milikSendiri(id, me);
        fillForm(model, KegiatanForm.of(entry), desaSaya(me));
        model.addAttribute("kegiatanId", id);
        model.addAttribute("status", entry.status().name());
        return "pendampingan/form";
    }

    @PostMapping("/pendampingan/kegiatan/{id}/ubah")
    String ubah(
            @PathVariable long id,
            @ModelAttribute("form") KegiatanForm form,
            BindingResult result,
            @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
            @RequestParam(name = "aksi", defaultValue = "simpan") String aksi,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        service.milikSendiri(id, me);
        CatatKegiatan cmd = form.toCommand("draf".equals(aksi));
        if (!result.hasErrors() && FormErrors.validate(validator, cmd, result)) {
            try {
                service.ubah(id, form.getVersi(), cmd, me, photos(foto), form.isSimpanLokasiFoto());
                redirect.addFlashAttribute("pesan", "kegiatan.pesan.diubah");
                return "redirect:/pendampingan/kegiatan/" + id;
            } catch (RuleViolationException e) {
                response.setStatus(422);
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                // Changed meanwhile (another device, or the queue): 409, shown over the newer version.
                response.setStatus(409);
                FormErrors.apply(new ConflictException("konflik.versi"), null, result);
            }
        }
        if (response.getStatus() == 200) {
            response.setStatus(422);
        }
        fillForm(model, form, desaSaya(me));
        model.addAttribute("kegiatanId", id);
        return "pendampingan/form";
    }

    @PostMapping("/pendampingan/kegiatan/{id}/tindak-lanjut-selesai")
    String tindakLanjutSelesai(@PathVariable long id, RedirectAttributes redirect) {
        service.tindakLanjutSelesai(id, akun.wajibSaatIni());
        redirect.addFlashAttribute("pesan", "kegiatan.pesan.tindakLanjutSelesai");
        return "redirect:/pendampingan/kegiatan/" + id;
    }

    @PostMapping("/pendampingan/kegiatan/{id}/hapus")
    String hapus(@PathVariable long id, RedirectAttributes redirect) {
        service.hapusDraf(id, akun.wajibSaatIni());
        redirect.addFlashAttribute("pesan", "kegiatan.pesan.drafDihapus");
        return "redirect:/pendampingan";
    }

    /** A photo of a log entry the caller may see. */
    @GetMapping("/pendampingan/foto/{berkasId}")
    ResponseEntity<byte[]> foto(@PathVariable long berkasId) throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        long entryId =
                service.kegiatanDariFoto(berkasId).orElseThrow(() -> new NotFoundException("berkas.tidakDitemukan"));
        service.lihat(entryId, me);
        try (InputStream in = files.isi(berkasId)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_JPEG)
                    .cacheControl(
                            CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate())
                    .body(in.readAllBytes());
        }
    }

    private void fillForm(Model model, KegiatanForm form, List<Wilayah> villages) {
        model.addAttribute("form", form);
        model.addAttribute("desaSaya", villages);
        model.addAttribute("semuaMetode", MetodePendampingan.values());
        model.addAttribute("semuaLingkup", RuangLingkup.values());
        model.addAttribute("subTopik", subTopics.aktif());
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
    }

    private List<Wilayah> desaSaya(PenggunaSaatIni me) {
        List<Wilayah> out = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            PageResult<Wilayah> batch = wilayah.desaDalam(me.lingkup().prefiks(), new PageQuery(page, 500));
            batch.isi().stream().filter(Wilayah::isDesa).forEach(out::add);
            if (!batch.adaBerikutnya()) {
                break;
            }
        }
        return out;
    }

    private Map<String, String> namaDesa(List<String> codes) {
        Map<String, String> names = new java.util.HashMap<>();
        wilayah.semua(codes).forEach((k, w) -> names.put(k, w.nama()));
        return names;
    }

    private static List<KegiatanService.Foto> photos(List<MultipartFile> files) throws IOException {
        List<KegiatanService.Foto> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        if (files.size() > 6) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("foto", "kegiatan.foto.terlaluBanyak", 6)),
                    "kegiatan.foto.terlaluBanyak",
                    6);
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                out.add(new KegiatanService.Foto(f.getBytes(), f.getOriginalFilename(), null));
            }
        }
        return out;
    }
}
