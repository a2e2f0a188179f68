package id.pandudesa.akun;

import id.pandudesa.platform.NotFoundException;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import org.springframework.stereotype.Service;

/**
 * The region-scope rule for one record's page or action, written once for every module: the region
 * a code names (dots allowed), when the user's scope covers it; otherwise 404 with the module's own
 * message — the same answer as for a region that does not exist, so nobody learns what lies outside
 * their scope. Lists use {@link Lingkup#sql} and {@link Lingkup#saringan} instead.
 */
@Service
public class WilayahTerlihat {

    private final WilayahApi wilayah;

    WilayahTerlihat(WilayahApi wilayah) {
        this.wilayah = wilayah;
    }

    /** A desa (not a kelurahan, not a region above) in the user's scope; else 404 with {@code pesan}. */
    public Wilayah desa(String kode, PenggunaSaatIni me, String pesan) {
        return cariDesa(kode, me).orElseThrow(() -> new NotFoundException(pesan, kode));
    }

    /** A region of any level in the user's scope; else 404 with {@code pesan}. */
    public Wilayah wilayah(String kode, PenggunaSaatIni me, String pesan) {
        return cariWilayah(kode, me).orElseThrow(() -> new NotFoundException(pesan, kode));
    }

    /** As {@link #desa}, for a form field that names the desa (the caller reports it as a field problem). */
    public java.util.Optional<Wilayah> cariDesa(String kode, PenggunaSaatIni me) {
        return cari(kode).filter(w -> w.isDesa() && me.mencakup(w.kode()));
    }

    /** As {@link #wilayah}, for a form field that names the region. */
    public java.util.Optional<Wilayah> cariWilayah(String kode, PenggunaSaatIni me) {
        return cari(kode).filter(w -> me.mencakup(w.kode()));
    }

    /**
     * A region of any level that shares at least one village with the user's scope (a forum of the
     * kecamatan seen by a PLD of some of its villages); else 404 with {@code pesan}.
     */
    public Wilayah bersinggungan(String kode, PenggunaSaatIni me, String pesan) {
        return cari(kode)
                .filter(w -> me.lingkup().bersinggungan(w.kode()))
                .orElseThrow(() -> new NotFoundException(pesan, kode));
    }

    private java.util.Optional<Wilayah> cari(String kode) {
        String code = KodeWilayah.normalisasi(kode);
        return code == null || code.isEmpty() ? java.util.Optional.empty() : wilayah.cari(code);
    }
}
