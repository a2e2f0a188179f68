package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.WilayahApi;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attendance at the door of a meeting (on a phone or by count sheet) and the live inclusion panel. */
@Controller
class KehadiranPageController {

    private final MusyawarahService service;
    private final Kehadiran attendance;
    private final AkunApi akun;
    private final WilayahApi wilayah;

    KehadiranPageController(MusyawarahService service, Kehadiran attendance, AkunApi akun, WilayahApi wilayah) {
        this.service = service;
        this.attendance = attendance;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    @GetMapping("/musyawarah/{id}/hadir")
    String pintu(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah m = service.lihat(id, me);
        MusyawarahPageController.wajibPenyelenggara(me);
        isiPintu(model, m);
        return "musyawarah/hadir";
    }

    private void isiPintu(Model model, Musyawarah m) {
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", MusyawarahPageController.grafik(inclusion));
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
        List<Kehadiran.Baris> rows = attendance.daftar(m.id());
        model.addAttribute("terakhir", rows.reversed().stream().limit(15).toList());
        model.addAttribute("jumlahBaris", rows.size());
    }

    /** The live panel, polled by the door page and the detail page. */
    @GetMapping("/musyawarah/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        Musyawarah m = service.lihat(id, akun.wajibSaatIni());
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", MusyawarahPageController.grafik(inclusion));
        return "musyawarah/panel :: panel";
    }

    @PostMapping("/musyawarah/{id}/hadir")
    String catatHadir(
            @PathVariable long id,
            @RequestParam(defaultValue = "orang") String mode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String jenisKelamin,
            @RequestParam(required = false) String unsur,
            @RequestParam(defaultValue = "false") boolean miskin,
            @RequestParam(defaultValue = "false") boolean disabilitas,
            @RequestParam(defaultValue = "false") boolean peninjau,
            @RequestParam(required = false) String laki,
            @RequestParam(required = false) String perempuan,
            @RequestParam(required = false) String jumlahMiskin,
            @RequestParam(required = false) String jumlahDisabilitas,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        UnsurMasyarakat u = MusyawarahPageController.parseUnsur(unsur);
        String error = null;
        Object[] errorArgs = null;
        try {
            if ("rekap".equals(mode)) {
                int men = MusyawarahPageController.angka(laki);
                int women = MusyawarahPageController.angka(perempuan);
                service.hadir(
                        id,
                        null,
                        new Inklusi.Hadir(
                                u,
                                men,
                                women,
                                MusyawarahPageController.angka(jumlahMiskin),
                                MusyawarahPageController.angka(jumlahDisabilitas),
                                false),
                        me);
            } else {
                if (nama == null || nama.isBlank()) {
                    throw new RuleViolationException("musyawarah.hadir.namaWajib");
                }
                int men = "L".equals(jenisKelamin) ? 1 : 0;
                int women = "P".equals(jenisKelamin) ? 1 : 0;
                service.hadir(
                        id, nama, new Inklusi.Hadir(u, men, women, miskin ? 1 : 0, disabilitas ? 1 : 0, peninjau), me);
            }
        } catch (RuleViolationException e) {
            error = e.messageKey();
            errorArgs = e.args();
        }
        if (htmx != null) {
            model.addAttribute("galat", error);
            model.addAttribute("galatArg", errorArgs);
            model.addAttribute("pesan", error == null ? "musyawarah.pesan.hadirTercatat" : null);
            isiPintu(model, service.lihat(id, me));
            return "musyawarah/hadir :: pintu";
        }
        if (error != null) {
            redirect.addFlashAttribute("galat", error);
            redirect.addFlashAttribute("galatArg", errorArgs);
        } else {
            redirect.addFlashAttribute("pesan", "musyawarah.pesan.hadirTercatat");
        }
        return "redirect:/musyawarah/" + id + "/hadir";
    }

    @PostMapping("/musyawarah/{id}/hadir/{rowId}/hapus")
    String hapusHadir(@PathVariable long id, @PathVariable long rowId, RedirectAttributes redirect) {
        try {
            service.hapusHadir(id, rowId, akun.wajibSaatIni());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
        }
        return "redirect:/musyawarah/" + id + "/hadir";
    }
}
