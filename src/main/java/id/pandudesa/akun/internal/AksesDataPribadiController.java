package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.privasi.LogAkses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access log of sensitive personal data for the admins, inside their scope (a province's admin
 * sees the reads of records of the province's villages): who looked at a complainant's identity, a
 * dispute's parties, or printed a book of people, when, and from where. Filter by kind and record
 * to answer a person asking who saw their complaint.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AksesDataPribadiController {

    private final LogAkses log;
    private final AkunApi akun;

    AksesDataPribadiController(LogAkses log, AkunApi akun) {
        this.log = log;
        this.akun = akun;
    }

    @GetMapping("/admin/privasi/akses")
    String daftar(
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String rekaman,
            PageQuery page,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Lingkup.SqlFilter scope = me.lingkup().sql("kode_desa", "w");
        model.addAttribute("hasil", log.daftar(scope.sql(), scope.params(), jenis, rekaman, page));
        model.addAttribute("jenis", jenis == null ? "" : jenis);
        model.addAttribute("rekaman", rekaman == null ? "" : rekaman);
        return "akun/admin-akses";
    }
}
