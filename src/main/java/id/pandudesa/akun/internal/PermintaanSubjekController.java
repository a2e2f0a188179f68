package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.privasi.EksporSubjek;
import id.pandudesa.platform.privasi.LogAkses;
import id.pandudesa.platform.privasi.PermintaanSubjek;
import id.pandudesa.platform.privasi.SubjekData;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Requests of data subjects for the admins (UU 27/2022): open a request for a person (by name,
 * phone or e-mail), see every record about them inside the admin's scope, hand them a copy (JSON,
 * PDF), correct a name or contact, anonymise what no legal duty keeps, and close the request with
 * its outcome. Every step is recorded with who and when; every look is in the access log.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PermintaanSubjekController {

    private final PermintaanSubjek permintaan;
    private final SubjekData subjek;
    private final EksporSubjek ekspor;
    private final LogAkses log;
    private final AkunApi akun;
    private final Clock clock;

    PermintaanSubjekController(
            PermintaanSubjek permintaan,
            SubjekData subjek,
            EksporSubjek ekspor,
            LogAkses log,
            AkunApi akun,
            Clock clock) {
        this.permintaan = permintaan;
        this.subjek = subjek;
        this.ekspor = ekspor;
        this.log = log;
        this.akun = akun;
        this.clock = clock;
    }

    /** A new request as typed. */
    record FormPermintaan(String jenis, String pemohon, String nama, String telepon, String email, String diterima)
            implements Formulir {}

    /** A correction as typed. */
    record FormKoreksi(String ref, String kolom, String nilai) implements Formulir {}

    /** The closing of a request as typed. */
    record FormTutup(String dipenuhi, String hasil, String versi) implements Formulir {}

    static SubjekData.SaringWilayah scope(PenggunaSaatIni me) {
        return (ekspresi, awalan) -> {
            Lingkup.SqlFilter f = me.lingkup().sql(ekspresi, awalan);
            return new SubjekData.SaringWilayah.Saring(f.sql(), f.params());
        };
    }

    @GetMapping("/admin/privasi/subjek")
    String daftar(PageQuery page, Model model) {
        isiDaftar(model, akun.wajibSaatIni(), page, null);
        return "akun/admin-subjek";
    }

    private void isiDaftar(Model model, PenggunaSaatIni me, PageQuery page, FormPermintaan form) {
        Lingkup.SqlFilter f = me.lingkup().sql("kode_wilayah", "w");
        model.addAttribute("hasil", permintaan.daftar(f.sql(), f.params(), page));
        model.addAttribute("semuaJenis", PermintaanSubjek.Jenis.values());
        model.addAttribute("f", form == null ? Map.of("diterima", hariIni().toString()) : form.isian());
    }

    @PostMapping("/admin/privasi/subjek")
    String buka(FormPermintaan form, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    PermintaanSubjek.Jenis jenis = null;
                    try {
                        jenis = PermintaanSubjek.Jenis.valueOf(String.valueOf(form.jenis()));
                    } catch (IllegalArgumentException e) {
                        problems.add(FieldProblem.of("jenis", "validasi.wajib"));
                    }
                    String pemohon =
                            form.pemohon() == null ? "" : form.pemohon().strip();
                    if (pemohon.isEmpty() || pemohon.length() > 150) {
                        problems.add(
                                FieldProblem.of("pemohon", pemohon.isEmpty() ? "validasi.wajib" : "validasi.maks"));
                    }
                    SubjekData.Kriteria k = new SubjekData.Kriteria(form.nama(), form.telepon(), form.email());
                    if (k.kosong()) {
                        problems.add(FieldProblem.of("nama", "subjek.kriteriaWajib"));
                    }
                    for (String[] f :
                            new String[][] {{"nama", k.nama()}, {"telepon", k.telepon()}, {"email", k.email()}}) {
                        if (f[1] != null && f[1].length() > (f[0].equals("telepon") ? 30 : 150)) {
                            problems.add(FieldProblem.of(f[0], "validasi.maks"));
                        }
                    }
                    LocalDate diterima = Isian.tanggal(form.diterima(), "diterima");
                    if (diterima == null || diterima.isAfter(hariIni())) {
                        problems.add(FieldProblem.of(
                                "diterima", diterima == null ? "validasi.wajib" : "subjek.tanggalNanti"));
                    }
                    if (!problems.isEmpty()) {
                        throw new RuleViolationException(problems, "subjek.tidakLengkap");
                    }
                    String wilayah = me.lingkup().isNasional()
                            ? Lingkup.NASIONAL
                            : me.lingkup().kode().stream().sorted().findFirst().orElseThrow();
                    return permintaan.buka(wilayah, jenis, pemohon, k, diterima, me.username());
                },
                "subjek.dibuka",
                id -> "/admin/privasi/subjek/" + id,
                "akun/admin-subjek",
                () -> isiDaftar(pageAction.model(), me, PageQuery.first(PageQuery.DEFAULT_SIZE), form));
    }

    private PermintaanSubjek.Permintaan boleh(long id, PenggunaSaatIni me) {
        PermintaanSubjek.Permintaan p = permintaan.satu(id);
        if (!me.lingkup().isNasional() && !me.lingkup().mencakup(p.kodeWilayah())) {
            throw new NotFoundException("subjek.tidakAda");
        }
        return p;
    }

    private List<SubjekData.Temuan> temuan(PermintaanSubjek.Permintaan p, PenggunaSaatIni me) {
        List<SubjekData.Temuan> found = subjek.cari(p.kriteria(), scope(me));
        log.catat("subjek.permintaan", p.id(), null, found.size());
        return found;
    }

    @GetMapping("/admin/privasi/subjek/{id}")
    String satu(@PathVariable long id, Model model) {
        isiSatu(model, id, akun.wajibSaatIni(), null);
        return "akun/admin-subjek-detail";
    }

    private void isiSatu(Model model, long id, PenggunaSaatIni me, Map<String, String> form) {
        PermintaanSubjek.Permintaan p = boleh(id, me);
        model.addAttribute("p", p);
        model.addAttribute("temuan", temuan(p, me));
        model.addAttribute("langkah", permintaan.langkah(id));
        model.addAttribute("f", form == null ? Map.of() : form);
    }

    @GetMapping("/admin/privasi/subjek/{id}.json")
    ResponseEntity<byte[]> json(@PathVariable long id) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PermintaanSubjek.Permintaan p = boleh(id, me);
        List<SubjekData.Temuan> found = temuan(p, me);
        byte[] body = ekspor.json(p, found, aksesAtas(found), Instant.now(clock));
        permintaan.langkah(id, me.username(), "EKSPOR_JSON", null);
        return unduh(body, MediaType.APPLICATION_JSON, "data-pribadi-" + id + ".json");
    }

    @GetMapping("/admin/privasi/subjek/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PermintaanSubjek.Permintaan p = boleh(id, me);
        List<SubjekData.Temuan> found = temuan(p, me);
        byte[] body = ekspor.pdf(p, found, aksesAtas(found), Instant.now(clock), LocaleContextHolder.getLocale());
        permintaan.langkah(id, me.username(), "EKSPOR_PDF", null);
        return unduh(body, MediaType.APPLICATION_PDF, "data-pribadi-" + id + ".pdf");
    }

    /** Who looked at the person's complaints' identity (the reads the access log keeps per complaint). */
    private List<LogAkses.Akses> aksesAtas(List<SubjekData.Temuan> found) {
        List<String> complaints = found.stream()
                .filter(t -> t.tabel().equals("pengaduan"))
                .map(t -> t.ref().substring(t.ref().indexOf('|') + 1))
                .toList();
        return log.tentang(List.of("pengaduan.identitas", "perselisihan.pihak"), complaints);
    }

    private static ResponseEntity<byte[]> unduh(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @PostMapping("/admin/privasi/subjek/{id}/anonimkan")
    String anonimkan(
            @PathVariable long id,
            @RequestParam(name = "ref", required = false) List<String> refs,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        boleh(id, me);
        return pageAction.run(
                () -> {
                    if (refs == null || refs.isEmpty()) {
                        throw new RuleViolationException(
                                List.of(FieldProblem.of("ref", "subjek.pilihTemuan")), "subjek.pilihTemuan");
                    }
                    permintaan.anonimkan(id, refs, scope(me), me.username());
                    return "subjek.dianonimkan";
                },
                "/admin/privasi/subjek/" + id,
                "akun/admin-subjek-detail",
                () -> isiSatu(pageAction.model(), id, me, null));
    }

    @PostMapping("/admin/privasi/subjek/{id}/koreksi")
    String koreksi(@PathVariable long id, FormKoreksi form, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        boleh(id, me);
        return pageAction.run(
                () -> {
                    String nilai = form.nilai() == null ? "" : form.nilai().strip();
                    if (nilai.isEmpty() || nilai.length() > 150) {
                        throw new RuleViolationException(
                                List.of(FieldProblem.of("nilai", nilai.isEmpty() ? "validasi.wajib" : "validasi.maks")),
                                "subjek.tidakLengkap");
                    }
                    permintaan.koreksi(id, form.ref(), form.kolom(), nilai, scope(me), me.username());
                    return "subjek.dikoreksi";
                },
                "/admin/privasi/subjek/" + id,
                "akun/admin-subjek-detail",
                () -> isiSatu(pageAction.model(), id, me, form.isian()));
    }

    @PostMapping("/admin/privasi/subjek/{id}/tutup")
    String tutup(@PathVariable long id, FormTutup form, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        boleh(id, me);
        return pageAction.run(
                () -> {
                    String hasil = form.hasil() == null ? "" : form.hasil().strip();
                    if (hasil.isEmpty() || hasil.length() > 2000) {
                        throw new RuleViolationException(
                                List.of(FieldProblem.of("hasil", hasil.isEmpty() ? "validasi.wajib" : "validasi.maks")),
                                "subjek.tidakLengkap");
                    }
                    Integer versi = Isian.bulat(form.versi(), "versi");
                    permintaan.tutup(
                            id, versi == null ? -1 : versi, "true".equals(form.dipenuhi()), hasil, me.username());
                    return "subjek.ditutup";
                },
                "/admin/privasi/subjek/" + id,
                "akun/admin-subjek-detail",
                () -> isiSatu(pageAction.model(), id, me, form.isian()));
    }

    private LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }
}
