package id.pandudesa.pendampingan.internal;

import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.pendampingan.Rujukan;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.wilayah.UnsurMasyarakat;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a log entry, apart from who may write where: no future date (in the village's own
 * time zone), no date in a month already closed, a final entry complete, a sub-topic of its
 * scope, a follow-up with a due date not before the visit.
 */
final class AturanKegiatan {

    private AturanKegiatan() {}

    /**
     * @param today the date in the village's time zone
     * @param closingDay the day of the following month on which a month's entries close
     * @param subTopics known sub-topic codes with their scope
     */
    static List<FieldProblem> periksa(
            CatatKegiatan cmd, LocalDate today, int closingDay, Map<String, RuangLingkup> subTopics) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = cmd.tanggal();
        if (date.isAfter(today)) {
            problems.add(FieldProblem.of("tanggal", "kegiatan.tanggal.masaDepan"));
        } else if (tertutup(YearMonth.from(date), today, closingDay)) {
            problems.add(FieldProblem.of(
                    "tanggal",
                    "kegiatan.tanggal.bulanDitutup",
                    YearMonth.from(date).toString()));
        }
        if (!cmd.isDraf()) {
            if (cmd.metode() == null) {
                problems.add(FieldProblem.of("metode", "validasi.wajib"));
            }
            if (cmd.ruangLingkup() == null) {
                problems.add(FieldProblem.of("ruangLingkup", "validasi.wajib"));
            }
            if (cmd.uraian() == null || cmd.uraian().isBlank()) {
                problems.add(FieldProblem.of("uraian", "validasi.wajib"));
            }
        }
        problems.addAll(periksaJam(cmd));
        if (cmd.subTopik() != null && !cmd.subTopik().isBlank()) {
            RuangLingkup scope = subTopics.get(cmd.subTopik());
            if (scope == null) {
                problems.add(FieldProblem.of("subTopik", "kegiatan.subTopik.tidakDikenal"));
            } else if (cmd.ruangLingkup() != null && scope != RuangLingkup.valueOf(cmd.ruangLingkup())) {
                problems.add(FieldProblem.of("subTopik", "kegiatan.subTopik.lainLingkup"));
            }
        }
        for (String u : cmd.unsur() == null ? List.<String>of() : cmd.unsur()) {
            if (!isUnsur(u)) {
                problems.add(FieldProblem.of("unsur", "kegiatan.unsur.tidakDikenal", u));
            }
        }
        boolean hasFollowUp = cmd.tindakLanjut() != null && !cmd.tindakLanjut().isBlank();
        if (hasFollowUp && cmd.tenggatTindakLanjut() == null) {
            problems.add(FieldProblem.of("tenggatTindakLanjut", "kegiatan.tindakLanjut.tenggatWajib"));
        }
        if (cmd.tenggatTindakLanjut() != null && cmd.tenggatTindakLanjut().isBefore(date)) {
            problems.add(FieldProblem.of("tenggatTindakLanjut", "kegiatan.tindakLanjut.tenggatSebelumKegiatan"));
        }
        if (cmd.rujukan() != null
                && cmd.rujukan().jenis() != null
                && cmd.rujukan().id() != null) {
            if (!Rujukan.JENIS.contains(cmd.rujukan().jenis().trim())) {
                problems.add(FieldProblem.of(
                        "rujukan.jenis",
                        "kegiatan.rujukan.jenisTidakDikenal",
                        String.join(", ", new java.util.TreeSet<>(Rujukan.JENIS))));
            }
            if (!cmd.rujukan().id().trim().matches("[1-9][0-9]{0,17}")) {
                problems.add(FieldProblem.of("rujukan.id", "kegiatan.rujukan.idTidakValid"));
            }
        }
        if ((cmd.lintang() == null) != (cmd.bujur() == null)) {
            problems.add(FieldProblem.of("lintang", "kegiatan.lokasi.berpasangan"));
        }
        return problems;
    }

    /**
     * The working times: both or neither, readable, the end after the start on the same day. (That
     * one author's entries of a day do not overlap is checked against the stored log.)
     */
    static List<FieldProblem> periksaJam(CatatKegiatan cmd) {
        boolean adaMulai = cmd.jamMulai() != null && !cmd.jamMulai().isBlank();
        boolean adaSelesai = cmd.jamSelesai() != null && !cmd.jamSelesai().isBlank();
        if (!adaMulai && !adaSelesai) {
            return List.of();
        }
        if (adaMulai != adaSelesai) {
            return List.of(FieldProblem.of(adaMulai ? "jamSelesai" : "jamMulai", "kegiatan.jam.berpasangan"));
        }
        var mulai = JamKerja.baca(cmd.jamMulai());
        var selesai = JamKerja.baca(cmd.jamSelesai());
        List<FieldProblem> problems = new ArrayList<>();
        if (mulai.isEmpty()) {
            problems.add(FieldProblem.of("jamMulai", "kegiatan.jam.tidakValid"));
        }
        if (selesai.isEmpty()) {
            problems.add(FieldProblem.of("jamSelesai", "kegiatan.jam.tidakValid"));
        }
        if (problems.isEmpty() && !selesai.get().isAfter(mulai.get())) {
            problems.add(FieldProblem.of("jamSelesai", "kegiatan.jam.selesaiSebelumMulai"));
        }
        return problems;
    }

    /** The checked working time of an entry, or null without one. */
    static JamKerja jam(CatatKegiatan cmd) {
        var mulai = JamKerja.baca(cmd.jamMulai());
        var selesai = JamKerja.baca(cmd.jamSelesai());
        return mulai.isPresent() && selesai.isPresent() ? new JamKerja(mulai.get(), selesai.get()) : null;
    }

    /** Whether entries of a month can no longer be written or changed on {@code today}. */
    static boolean tertutup(YearMonth month, LocalDate today, int closingDay) {
        LocalDate closes = month.plusMonths(1)
                .atDay(Math.min(closingDay, month.plusMonths(1).lengthOfMonth()));
        return today.isAfter(closes);
    }

    static KegiatanPendampingan.Isi isi(CatatKegiatan cmd) {
        Set<String> unsur = new LinkedHashSet<>(cmd.unsur() == null ? List.of() : cmd.unsur());
        return new KegiatanPendampingan.Isi(
                cmd.tanggal(),
                jam(cmd),
                cmd.isDraf() ? KegiatanPendampingan.Status.DRAF : KegiatanPendampingan.Status.FINAL,
                cmd.metode() == null ? null : MetodePendampingan.valueOf(cmd.metode()),
                cmd.ruangLingkup() == null ? null : RuangLingkup.valueOf(cmd.ruangLingkup()),
                blankToNull(cmd.subTopik()),
                trim(cmd.uraian()),
                trim(cmd.hasil()),
                cmd.pesertaLaki() == null ? 0 : cmd.pesertaLaki(),
                cmd.pesertaPerempuan() == null ? 0 : cmd.pesertaPerempuan(),
                List.copyOf(unsur),
                trim(cmd.tindakLanjut()),
                cmd.tenggatTindakLanjut(),
                cmd.lintang() == null ? null : cmd.lintang().setScale(6, RoundingMode.HALF_UP),
                cmd.bujur() == null ? null : cmd.bujur().setScale(6, RoundingMode.HALF_UP),
                cmd.rujukan() == null ? null : cmd.rujukan().jenis().trim(),
                cmd.rujukan() == null ? null : cmd.rujukan().id().trim());
    }

    private static boolean isUnsur(String value) {
        try {
            UnsurMasyarakat.valueOf(value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
