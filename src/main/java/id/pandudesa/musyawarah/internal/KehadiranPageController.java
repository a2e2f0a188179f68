package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.WilayahApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Attendance at the door of a meeting (on a phone or by count sheet) and the live inclusion panel. */
@Controller
class KehadiranPageController {

    private final MusyawarahService service;

    private final HalamanMusyawarah halaman;
    private final Kehadiran attendance;
    private final AkunApi akun;
    private final WilayahApi wilayah;

    KehadiranPageController(
            MusyawarahService service,
            HalamanMusyawarah halaman,
            Kehadiran attendance,
            AkunApi akun,
            WilayahApi wilayah) {
        this.service = service;
        this.halaman = halaman;
        this.attendance = attendance;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    @GetMapping("/musyawarah/{id}/hadir")
    String pintu(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah m = service.lihat(id, me);
        MusyawarahPageController.wajibPenyelenggara(me);
        halaman.isiPintu(model, m);
        return "musyawarah/hadir";
    }

    /** The live panel, polled by the door page and the detail page. */
    @GetMapping("/musyawarah/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        Musyawarah m = service.lihat(id, akun.wajibSaatIni());
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", HalamanMusyawarah.grafik(inclusion));
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
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        UnsurMasyarakat u = MusyawarahPageController.parseUnsur(unsur);
        java.util.function.Supplier<String> catat = () -> {
            if ("rekap".equals(mode)) {
                service.hadir(
                        id,
                        null,
                        new Inklusi.Hadir(
                                u,
                                MusyawarahPageController.angka(laki),
                                MusyawarahPageController.angka(perempuan),
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
            return "musyawarah.pesan.hadirTercatat";
        };
        if (htmx == null) {
            return halaman.aksiPintu(id, me, pageAction, catat);
        }
        // The door page swaps its form in place: htmx swaps only a 200 answer, so the fragment
        // always comes back with the message or the reason, and the count sheet updates.
        Model model = pageAction.model();
        try {
            model.addAttribute("pesan", catat.get());
        } catch (RuleViolationException e) {
            FormErrors.keModel(model, e);
        }
        halaman.isiPintu(model, service.lihat(id, me));
        return "musyawarah/hadir :: pintu";
    }

    @PostMapping("/musyawarah/{id}/hadir/{rowId}/hapus")
    String hapusHadir(@PathVariable long id, @PathVariable long rowId, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return halaman.aksiPintu(id, me, pageAction, () -> {
            service.hapusHadir(id, rowId, me);
            return null;
        });
    }
}
