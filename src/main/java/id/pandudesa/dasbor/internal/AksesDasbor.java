package id.pandudesa.dasbor.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.wilayah.Wilayah;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which dashboard a user may open: a region of any level inside their scope, or {@code nasional}
 * with national scope. Anything else is "not found", so that a region outside one's scope cannot be
 * told apart from one that does not exist.
 */
@Component
class AksesDasbor {

    static final String NASIONAL = "nasional";

    private final AkunApi akun;
    private final MesinRollup mesin;

    private final WilayahTerlihat terlihat;

    AksesDasbor(WilayahTerlihat terlihat, AkunApi akun, MesinRollup mesin) {
        this.terlihat = terlihat;
        this.akun = akun;
        this.mesin = mesin;
    }

    PenggunaSaatIni saya() {
        return akun.wajibSaatIni();
    }

    /** The region asked for; empty for the whole country. */
    Optional<Wilayah> wilayah(String kode, PenggunaSaatIni me) {
        String asked = kode == null ? "" : kode.trim();
        if (asked.equalsIgnoreCase(NASIONAL) || asked.equalsIgnoreCase(Lingkup.NASIONAL)) {
            if (!me.lingkup().isNasional()) {
                throw new NotFoundException("dasbor.wilayahTidakDitemukan", asked);
            }
            return Optional.empty();
        }
        return Optional.of(terlihat.wilayah(asked, me, "dasbor.wilayahTidakDitemukan"));
    }

    /** The year asked for, this year by default; years outside 2000–2100 are refused. */
    int tahun(Integer tahun) {
        int year = tahun == null ? mesin.hariIni().getYear() : tahun;
        if (year < 2000 || year > 2100) {
            throw new BadRequestException("dasbor.tahunTidakValid", String.valueOf(year));
        }
        return year;
    }
}
