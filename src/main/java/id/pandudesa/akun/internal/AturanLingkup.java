package id.pandudesa.akun.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which scopes a role may hold (DESIGN.md): KPMD and PEMDES exactly one desa; PLD and MITRA one or
 * more desa; PD and CAMAT one kecamatan; TA one kabupaten; ADMIN provinsi or the whole country.
 * Kelurahan are not desa and get no village facilitation roles.
 */
@Component
class AturanLingkup {

    private final WilayahApi wilayah;

    AturanLingkup(WilayahApi wilayah) {
        this.wilayah = wilayah;
    }

    /**
     * Checks a role and scope codes, returning the normalised scope; refuses a scope the granting
     * admin does not cover.
     */
    Lingkup periksa(Peran peran, Collection<String> rawCodes, Lingkup pemberi) {
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : rawCodes == null ? List.<String>of() : rawCodes) {
            if (raw != null && !raw.isBlank()) {
                String trimmed = raw.trim();
                codes.add(
                        Lingkup.NASIONAL.equalsIgnoreCase(trimmed)
                                ? Lingkup.NASIONAL
                                : KodeWilayah.normalisasi(trimmed));
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!codes.isEmpty() && !pemberi.mencakupSemua(Lingkup.of(codes))) {
            throw new ForbiddenException("akun.lingkup.diLuarLingkupAnda");
        }
        if (codes.isEmpty()) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("lingkup", "akun.lingkup.kosong")), "akun.lingkup.kosong");
        }
        if (codes.contains(Lingkup.NASIONAL)) {
            if (peran != Peran.ADMIN || codes.size() > 1) {
                problems.add(FieldProblem.of("lingkup", "akun.lingkup.nasionalHanyaAdmin"));
            }
        } else {
            Map<String, Wilayah> found = wilayah.semua(codes);
            for (String code : codes) {
                Wilayah w = found.get(code);
                if (w == null) {
                    problems.add(FieldProblem.of("lingkup", "akun.lingkup.tidakDikenal", code));
                } else if (!fits(peran, w)) {
                    problems.add(FieldProblem.of("lingkup", pesanTingkat(peran, w), code, w.nama()));
                }
            }
            if (problems.isEmpty() && tunggal(peran) && codes.size() != 1) {
                problems.add(FieldProblem.of("lingkup", "akun.lingkup.harusSatu." + peran.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "akun.lingkup.tidakSesuai", peran.name());
        }
        return Lingkup.of(codes);
    }

    private static boolean fits(Peran peran, Wilayah w) {
        return switch (peran) {
            case KPMD, PEMDES, PLD, MITRA ->
                w.tingkat() == Tingkat.DESA && w.jenis().isDesa();
            case PD, CAMAT -> w.tingkat() == Tingkat.KECAMATAN;
            case TA -> w.tingkat() == Tingkat.KABUPATEN;
            case ADMIN -> w.tingkat() == Tingkat.PROVINSI;
        };
    }

    private static boolean tunggal(Peran peran) {
        return peran == Peran.KPMD
                || peran == Peran.PEMDES
                || peran == Peran.PD
                || peran == Peran.CAMAT
                || peran == Peran.TA;
    }

    private static String pesanTingkat(Peran peran, Wilayah w) {
        if (w.tingkat() == Tingkat.DESA && !w.jenis().isDesa()) {
            return "akun.lingkup.kelurahan";
        }
        return "akun.lingkup.tingkatSalah." + peran.name();
    }
}
