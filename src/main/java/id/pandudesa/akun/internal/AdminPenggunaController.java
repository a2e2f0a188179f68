package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin pages: users within the admin's scope; create, set role and scope, reset, deactivate. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPenggunaController {

    private final PenggunaService service;
    private final AkunApi akun;
    private final AuditTrail audit;
    private final WilayahApi wilayah;
    private final Validator validator;
    private final PenugasanRepository penugasan;
    private final PenugasanService penugasanService;

    AdminPenggunaController(
            PenggunaService service,
            AkunApi akun,
            AuditTrail audit,
            WilayahApi wilayah,
            Validator validator,
            PenugasanRepository penugasan,
            PenugasanService penugasanService) {
        this.penugasan = penugasan;
        this.penugasanService = penugasanService;
        this.service = service;
        this.akun = akun;
        this.audit = audit;
        this.wilayah = wilayah;
        this.validator = validator;
    }

    @GetMapping("/admin/pengguna")
    String daftar(
            @RequestParam(required = false) String cari,
            @RequestParam(required = false) String peran,
            PageQuery page,
            Model model) {
        Peran role = PenggunaApiController.parsePeran(peran);
        model.addAttribute("hasil", service.daftar(akun.wajibSaatIni(), cari, role, page));
        model.addAttribute("cari", cari == null ? "" : cari);
        model.addAttribute("peran", role == null ? "" : role.name());
        model.addAttribute("semuaPeran", Peran.values());
        return "akun/admin-daftar";
    }

    @GetMapping("/admin/pengguna/baru")
    String formBaru(Model model) {
        model.addAttribute("form", new PenggunaForm());
        model.addAttribute("semuaPeran", Peran.values());
        return "akun/admin-baru";
    }

    @PostMapping("/admin/pengguna")
    String buat(@ModelAttribute("form") PenggunaForm form, BindingResult result, PageAction pageAction) {
        pageAction.model().addAttribute("semuaPeran", Peran.values());
        BuatPengguna cmd = form.toBuat();
        // Refused, the form comes back with its messages: 422, or 409 for a taken username.
        pageAction.response().setStatus(422);
        if (!FormErrors.validate(validator, cmd, result)) {
            return "akun/admin-baru";
        }
        try {
            Pengguna user = service.buat(cmd, akun.wajibSaatIni());
            pageAction.redirect().addFlashAttribute("pesan", "akun.pesan.dibuat");
            pageAction.response().setStatus(200);
            return "redirect:/admin/pengguna/" + user.id();
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
        } catch (ConflictException e) {
            pageAction.response().setStatus(409);
            FormErrors.apply(e, "username", result);
        } catch (ForbiddenException e) {
            FormErrors.apply(e, "lingkup", result);
        }
        return "akun/admin-baru";
    }

    @GetMapping("/admin/pengguna/{id}")
    String detail(@PathVariable long id, Model model) {
        Pengguna user = service.lihat(id, akun.wajibSaatIni());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PenggunaForm.of(user));
        }
        fillDetail(user, model);
        return "akun/admin-detail";
    }

    @PostMapping("/admin/pengguna/{id}")
    String ubah(
            @PathVariable long id,
            @ModelAttribute("form") PenggunaForm form,
            BindingResult result,
            PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        Pengguna user = service.lihat(id, admin);
        UbahPengguna cmd = form.toUbah();
        if (FormErrors.validate(validator, cmd, result)) {
            try {
                service.ubah(id, form.getVersi(), cmd, admin);
                pageAction.redirect().addFlashAttribute("pesan", "akun.pesan.diubah");
                return "redirect:/admin/pengguna/" + id;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (ForbiddenException e) {
                FormErrors.apply(e, null, result);
            } catch (ConflictException e) {
                pageAction.response().setStatus(409);
                FormErrors.apply(e, null, result);
            }
        }
        if (pageAction.response().getStatus() == 200) {
            pageAction.response().setStatus(422);
        }
        form.setUsername(user.username());
        fillDetail(user, pageAction.model());
        return "akun/admin-detail";
    }

    @PostMapping("/admin/pengguna/{id}/password")
    String resetPassword(
            @PathVariable long id, @RequestParam int versi, @RequestParam String passwordBaru, PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        return halamanIni(id, admin, pageAction, () -> {
            service.resetPassword(id, versi, passwordBaru, admin);
            return "akun.pesan.passwordDireset";
        });
    }

    @PostMapping("/admin/pengguna/{id}/aktif")
    String setAktif(
            @PathVariable long id, @RequestParam int versi, @RequestParam boolean aktif, PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        return halamanIni(id, admin, pageAction, () -> {
            service.setAktif(id, versi, aktif, admin);
            return aktif ? "akun.pesan.diaktifkan" : "akun.pesan.dinonaktifkan";
        });
    }

    /** An action on a user's page: back to it, or the page again with the reason. */
    private String halamanIni(
            long id, PenggunaSaatIni admin, PageAction pageAction, java.util.function.Supplier<String> action) {
        return pageAction.run(action, "/admin/pengguna/" + id, "akun/admin-detail", () -> {
            Pengguna user = service.lihat(id, admin);
            pageAction.model().addAttribute("form", PenggunaForm.of(user));
            fillDetail(user, pageAction.model());
        });
    }

    @PostMapping("/admin/pengguna/{id}/penugasan")
    String tambahHalaman(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String nomorSk,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String mulai,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String selesai,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String wilayah,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String organisasi,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String jenisOrganisasi,
            PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        Pengguna user = service.lihat(id, admin);
        return pageAction.run(
                () -> {
                    penugasanService.tambah(
                            user.username(),
                            new PenugasanService.Tambah(
                                    nomorSk,
                                    Isian.tanggal(mulai, "mulai"),
                                    Isian.tanggal(selesai, "selesai"),
                                    wilayah == null
                                            ? java.util.List.<String>of()
                                            : java.util.Arrays.stream(wilayah.split("[,\\s]+"))
                                                    .filter(s -> !s.isBlank())
                                                    .toList(),
                                    organisasi,
                                    jenisOrganisasi),
                            admin);
                    return "akun.penugasan.tersimpan";
                },
                "/admin/pengguna/" + id,
                "akun/admin-detail",
                () -> halamanLagi(user, pageAction.model()));
    }

    @PostMapping("/admin/pengguna/{id}/penugasan/{penugasan}/akhiri")
    String akhiriHalaman(
            @PathVariable long id,
            @PathVariable long penugasan,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String selesai,
            PageAction pageAction) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        Pengguna user = service.lihat(id, admin);
        return pageAction.run(
                () -> {
                    penugasanService.akhiri(user.username(), penugasan, Isian.tanggal(selesai, "selesai"), admin);
                    return "akun.penugasan.diakhiri";
                },
                "/admin/pengguna/" + id,
                "akun/admin-detail",
                () -> halamanLagi(user, pageAction.model()));
    }

    /** The user's page again after a refused assignment step, with the form as stored. */
    private void halamanLagi(Pengguna user, Model model) {
        model.addAttribute("form", PenggunaForm.of(user));
        fillDetail(user, model);
    }

    private void fillDetail(Pengguna user, Model model) {
        model.addAttribute("pengguna", PenggunaDto.of(user));
        model.addAttribute("wilayahLingkup", wilayah.semua(user.lingkup().kode()));
        model.addAttribute("semuaPeran", Peran.values());
        model.addAttribute("riwayat", audit.history(AuditTrail.typeName(Pengguna.class), user.id()));
        model.addAttribute("penugasan", penugasan.findByPenggunaIdOrderByMulaiDesc(user.id()));
        model.addAttribute("lingkupBerakhir", user.berakhir());
        model.addAttribute("jenisOrganisasi", Penugasan.JenisOrganisasi.values());
    }
}
