package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The filter of a region's ranked evaluation list, written once for the page, its Excel and the
 * API: TA and admins only, a quarter (this one by default), a region inside their scope (404
 * outside), an evaluated role.
 */
@Component
class SaringPeringkat {

    private final EvaluasiService service;

    SaringPeringkat(EvaluasiService service) {
        this.service = service;
    }

    record Saring(Lingkup lingkup, AturanEvaluasi.Triwulan triwulan, Peran peran, String wilayah) {}

    Saring dari(PenggunaSaatIni me, String triwulan, String wilayah, String peran) {
        if (me.peran() != Peran.TA && me.peran() != Peran.ADMIN) {
            throw new ForbiddenException("evaluasi.peringkat.hanyaTaAdmin");
        }
        AturanEvaluasi.Triwulan t = triwulan == null || triwulan.isBlank()
                ? service.triwulanBerjalan()
                : EvaluasiService.triwulan(triwulan);
        Lingkup scope = me.lingkup();
        String region = null;
        if (wilayah != null && !wilayah.isBlank()) {
            region = me.lingkup().saringan(wilayah);
            scope = me.lingkup().mencakup(region) ? Lingkup.of(List.of(region)) : scope;
        }
        Peran role = null;
        if (peran != null && !peran.isBlank()) {
            try {
                role = Peran.valueOf(peran);
            } catch (IllegalArgumentException e) {
                role = null;
            }
            if (role == null || !AturanEvaluasi.DINILAI.contains(role)) {
                throw new BadRequestException(
                        List.of(FieldProblem.of("peran", "evaluasi.peringkat.peranTidakDikenal")),
                        "evaluasi.peringkat.peranTidakDikenal");
            }
        }
        return new Saring(scope, t, role, region);
    }
}
