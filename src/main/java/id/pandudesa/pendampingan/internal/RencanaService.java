package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monthly work plan: planned activities per desa and week, compared with the log at month end. */
@Service
class RencanaService {

    private final RencanaKerjaRepository plans;
    private final LaporanService reports;
    private final WilayahApi wilayah;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    RencanaService(
            WilayahTerlihat terlihat,
            RencanaKerjaRepository plans,
            LaporanService reports,
            WilayahApi wilayah,
            JdbcClient jdbc,
            Clock clock) {
        this.terlihat = terlihat;
        this.plans = plans;
        this.reports = reports;
        this.wilayah = wilayah;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A planned item as the form and the API send it. */
    record Tambah(String bulan, String kodeDesa, Integer minggu, String metode, String ruangLingkup, String uraian) {}

    record Tampilan(
            PenggunaSaatIni penulis,
            String bulan,
            List<RencanaKerja> rencana,
            PerbandinganRencana.Hasil perbandingan,
            java.util.Map<String, String> namaDesa) {}

    @Transactional
    RencanaKerja tambah(Tambah cmd, PenggunaSaatIni me) {
        KegiatanService.wajibPenulis(me);
        YearMonth month = LaporanService.bulan(cmd.bulan());
        List<FieldProblem> problems = new ArrayList<>();
        if (month.isBefore(bulanIni())) {
            problems.add(FieldProblem.of("bulan", "rencana.bulanLewat"));
        }
        if (cmd.minggu() == null || cmd.minggu() < 1 || cmd.minggu() > 5) {
            problems.add(FieldProblem.of("minggu", "rencana.mingguTidakValid"));
        }
        MetodePendampingan metode = KegiatanApiController.parse(MetodePendampingan.class, "metode", cmd.metode());
        RuangLingkup lingkup = KegiatanApiController.parse(RuangLingkup.class, "ruangLingkup", cmd.ruangLingkup());
        if (metode == null) {
            problems.add(FieldProblem.of("metode", "validasi.wajib"));
        }
        if (lingkup == null) {
            problems.add(FieldProblem.of("ruangLingkup", "validasi.wajib"));
        }
        if (cmd.uraian() == null || cmd.uraian().isBlank()) {
            problems.add(FieldProblem.of("uraian", "validasi.wajib"));
        } else if (cmd.uraian().length() > 1000) {
            problems.add(FieldProblem.of("uraian", "validasi.maks"));
        }
        Wilayah desa = terlihat.wilayah(cmd.kodeDesa(), me, "kegiatan.desa.tidakDitemukan");
        if (!desa.isDesa()) {
            problems.add(FieldProblem.of("kodeDesa", "kegiatan.desa.bukanDesa", desa.nama()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "rencana.tidakValid");
        }
        return plans.save(RencanaKerja.baru(
                me.username(),
                month.toString(),
                desa.kode(),
                cmd.minggu(),
                metode,
                lingkup,
                cmd.uraian().trim(),
                Instant.now(clock)));
    }

    @Transactional
    void hapus(long id, PenggunaSaatIni me) {
        RencanaKerja plan = plans.findById(id)
                .filter(p -> me.mencakup(p.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("rencana.tidakDitemukan"));
        if (!plan.penulis().equals(me.username())) {
            throw new ForbiddenException("rencana.bukanPenulis");
        }
        if (YearMonth.parse(plan.bulan()).isBefore(bulanIni())) {
            throw new RuleViolationException("rencana.bulanLewat");
        }
        plans.delete(plan);
    }

    @Transactional(readOnly = true)
    Tampilan lihat(String username, String bulan, PenggunaSaatIni viewer) {
        YearMonth month = LaporanService.bulan(bulan);
        PenggunaSaatIni author = reports.terlihat(username, viewer);
        List<RencanaKerja> items =
                plans.findByPenulisAndBulanOrderByMingguAscKodeDesaAsc(author.username(), month.toString());
        List<PerbandinganRencana.Entri> entries = jdbc.sql("SELECT id, tanggal, kode_desa, ruang_lingkup FROM"
                        + " kegiatan_pendampingan WHERE penulis = :p AND status = 'FINAL' AND tanggal >= :d AND tanggal <= :s"
                        + " ORDER BY tanggal, id")
                .param("p", author.username())
                .param("d", Date.valueOf(month.atDay(1)))
                .param("s", Date.valueOf(month.atEndOfMonth()))
                .query((rs, n) -> new PerbandinganRencana.Entri(
                        rs.getLong("id"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getString("kode_desa"),
                        rs.getString("ruang_lingkup") == null
                                ? null
                                : RuangLingkup.valueOf(rs.getString("ruang_lingkup"))))
                .list();
        PerbandinganRencana.Hasil comparison = PerbandinganRencana.bandingkan(
                month,
                items.stream()
                        .map(i -> new PerbandinganRencana.Item(i.id(), i.minggu(), i.kodeDesa(), i.ruangLingkup()))
                        .toList(),
                entries,
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        items.forEach(i -> codes.add(i.kodeDesa()));
        entries.forEach(e -> codes.add(e.kodeDesa()));
        wilayah.semua(codes).forEach((k, w) -> names.put(k, w.nama()));
        return new Tampilan(author, month.toString(), items, comparison, names);
    }

    private YearMonth bulanIni() {
        return YearMonth.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }
}
