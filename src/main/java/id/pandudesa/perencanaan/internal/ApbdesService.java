package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.wilayah.Wilayah;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The APBDes of a desa-year: the village government (or an admin) uploads the table, which
 * replaces the draft or, once the APBDes is adopted, starts a new version (APBDes Perubahan);
 * everyone whose scope covers the desa reads it.
 */
@Service
public class ApbdesService {

    private final ApbdesRepository repository;
    private final KodeApbdes codes;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public ApbdesService(WilayahTerlihat terlihat, ApbdesRepository repository, KodeApbdes codes, Clock clock) {
        this.terlihat = terlihat;
        this.repository = repository;
        this.codes = codes;
        this.clock = clock;
    }

    /** The desa if the user's scope covers it (a kelurahan has no APBDes); 404 otherwise. */
    Wilayah desaTerlihat(String kodeDesa, PenggunaSaatIni me) {
        return terlihat.desa(kodeDesa, me, "apbdes.desaTidakDitemukan");
    }

    static boolean bolehMengisi(PenggunaSaatIni me) {
        return me.peran() == Peran.PEMDES || me.peran() == Peran.ADMIN;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    List<Apbdes> versi(String kodeDesa, int tahun, PenggunaSaatIni me) {
        return repository.findByKodeDesaAndTahunOrderByNomorDesc(
                desaTerlihat(kodeDesa, me).kode(), tahun);
    }

    /** The newest version, or version {@code nomor}. */
    @Transactional(readOnly = true)
    Apbdes lihat(String kodeDesa, int tahun, Integer nomor, PenggunaSaatIni me) {
        List<Apbdes> all = versi(kodeDesa, tahun, me);
        Optional<Apbdes> found = nomor == null
                ? all.stream().findFirst()
                : all.stream().filter(a -> a.nomor() == nomor).findFirst();
        return found.orElseThrow(() -> new NotFoundException("apbdes.tidakDitemukan", kodeDesa, String.valueOf(tahun)));
    }

    /**
     * Replaces the draft with the table's rows, or makes a new version when the newest is adopted.
     * Every row is checked first; one problem and nothing is stored.
     *
     * @param versiDilihat the lock version the user saw, or {@code null} from the API
     */
    @Transactional
    public Apbdes ganti(String kodeDesa, int tahun, TabelMasuk table, Integer versiDilihat, PenggunaSaatIni me) {
        String code = desaTerlihat(kodeDesa, me).kode();
        if (!bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        periksaTahun(tahun);
        BacaApbdes.Hasil read = BacaApbdes.baca(table, codes, code);
        if (!read.masalah().isEmpty()) {
            throw new RuleViolationException(
                    read.masalah(), "apbdes.ditolak", read.masalah().size());
        }
        Instant now = Instant.now(clock);
        Optional<Apbdes> latest = repository.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun).stream()
                .findFirst();
        Apbdes saved;
        if (latest.isEmpty()) {
            saved = Apbdes.draf(code, tahun, 1, read.baris(), me.username(), now);
        } else if (latest.get().status() == Apbdes.Status.DITETAPKAN) {
            saved = Apbdes.draf(code, tahun, latest.get().nomor() + 1, read.baris(), me.username(), now);
        } else {
            saved = latest.get();
            if (versiDilihat != null && !versiDilihat.equals(saved.versi())) {
                throw new ConflictException("konflik.versi");
            }
            saved.ganti(read.baris(), me.username(), now);
        }
        return repository.save(saved);
    }

    /** Adopts the newest draft (after the Musdes and the Perdes APBDes). */
    @Transactional
    public Apbdes tetapkan(String kodeDesa, int tahun, PenggunaSaatIni me) {
        Apbdes a = lihat(kodeDesa, tahun, null, me);
        if (!bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        a.tetapkan(me.username(), Instant.now(clock));
        return repository.save(a);
    }

    private void periksaTahun(int tahun) {
        int now = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        if (tahun < 2015 || tahun > now + 1) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("tahun", "apbdes.tahunTidakValid", String.valueOf(tahun))),
                    "apbdes.tahunTidakValid",
                    String.valueOf(tahun));
        }
    }
}
