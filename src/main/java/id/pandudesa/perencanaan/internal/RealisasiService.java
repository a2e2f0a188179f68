package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realisation points of a desa-year's APBDes (CONTRACTS "realisasi APBDes"): the village government
 * (or an admin) records each line's cumulative realisation up to a date, read against the newest
 * adopted version; all rows are checked first and one problem stores nothing. The same date again
 * replaces its point; everyone whose scope covers the desa reads them.
 */
@Service
public class RealisasiService {

    private final ApbdesService apbdes;
    private final ApbdesRepository versions;
    private final RealisasiRepository points;
    private final KodeApbdes codes;
    private final Clock clock;

    RealisasiService(
            ApbdesService apbdes,
            ApbdesRepository versions,
            RealisasiRepository points,
            KodeApbdes codes,
            Clock clock) {
        this.apbdes = apbdes;
        this.versions = versions;
        this.points = points;
        this.codes = codes;
        this.clock = clock;
    }

    /** A point and the adopted version it was read against. */
    public record Titik(Realisasi realisasi, Apbdes apbdes) {

        RingkasanRealisasi ringkasan() {
            return RingkasanRealisasi.dari(realisasi, apbdes);
        }
    }

    @Transactional
    public Titik catat(
            String kodeDesa,
            int tahun,
            LocalDate sampai,
            TabelMasuk table,
            Realisasi.Sumber source,
            PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (!ApbdesService.bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        periksaTanggal(tahun, sampai);
        Apbdes adopted = ditetapkan(code, tahun)
                .orElseThrow(
                        () -> new RuleViolationException("realisasi.belumDitetapkan", code, String.valueOf(tahun)));
        BacaRealisasi.Hasil read = BacaRealisasi.baca(table, codes, adopted);
        if (!read.masalah().isEmpty()) {
            throw new RuleViolationException(
                    read.masalah(), "realisasi.ditolak", read.masalah().size());
        }
        List<Realisasi> all = points.findByKodeDesaAndTahunOrderBySampaiDesc(code, tahun);
        Realisasi point = all.stream()
                .filter(r -> r.sampai().equals(sampai))
                .findFirst()
                .orElseGet(() -> Realisasi.baru(code, tahun, sampai));
        point.isi(adopted, read.baris(), source, me.username(), Instant.now(clock));
        LocalDate latest = all.isEmpty() || all.getFirst().sampai().isBefore(sampai)
                ? sampai
                : all.getFirst().sampai();
        point.tandaiTerbaru(sampai.equals(latest));
        Realisasi saved = points.save(point);
        for (Realisasi other : all) {
            boolean shouldBe = other.sampai().equals(latest);
            if (!other.id().equals(saved.id()) && other.terbaru() != shouldBe) {
                other.tandaiTerbaru(shouldBe);
                points.save(other);
            }
        }
        return new Titik(saved, adopted);
    }

    /** The latest point at or before {@code sampai} (default: the latest). */
    @Transactional(readOnly = true)
    Titik lihat(String kodeDesa, int tahun, LocalDate sampai, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        Realisasi point = points.findByKodeDesaAndTahunOrderBySampaiDesc(code, tahun).stream()
                .filter(r -> sampai == null || !r.sampai().isAfter(sampai))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("realisasi.belumAda", code, String.valueOf(tahun)));
        Apbdes version = versions.findById(point.apbdesId()).orElseThrow();
        return new Titik(point, version);
    }

    /** What the realisation page of a desa-year shows. */
    record Halaman(id.pandudesa.wilayah.Wilayah desa, Apbdes apbdes, List<Realisasi> semuaTitik, Realisasi dipilih) {}

    /**
     * The desa-year's points (latest first), the one at or before {@code sampai} (default the
     * latest), and the adopted version it was read against (or the newest adopted, before any).
     */
    @Transactional(readOnly = true)
    Halaman halaman(String kodeDesa, int tahun, LocalDate sampai, PenggunaSaatIni me) {
        var desa = apbdes.desaTerlihat(kodeDesa, me);
        List<Realisasi> all = points.findByKodeDesaAndTahunOrderBySampaiDesc(desa.kode(), tahun);
        Realisasi chosen = all.stream()
                .filter(r -> sampai == null || !r.sampai().isAfter(sampai))
                .findFirst()
                .orElse(null);
        Apbdes version = chosen != null
                ? versions.findById(chosen.apbdesId()).orElseThrow()
                : ditetapkan(desa.kode(), tahun).orElse(null);
        return new Halaman(desa, version, all, chosen);
    }

    /** The newest adopted version of a desa-year (an amendment once there is one). */
    private Optional<Apbdes> ditetapkan(String kodeDesa, int tahun) {
        return versions.findByKodeDesaAndTahunOrderByNomorDesc(kodeDesa, tahun).stream()
                .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                .findFirst();
    }

    /** A point lies inside its year and not after today (Jakarta). */
    private void periksaTanggal(int tahun, LocalDate sampai) {
        if (sampai == null) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("sampai", "realisasi.sampaiWajib")), "realisasi.sampaiWajib");
        }
        if (sampai.getYear() != tahun) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("sampai", "realisasi.sampaiDiLuarTahun", sampai.toString(), tahun)),
                    "realisasi.sampaiDiLuarTahun",
                    sampai.toString(),
                    tahun);
        }
        if (sampai.isAfter(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))))) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("sampai", "realisasi.sampaiDiMasaDepan", sampai.toString())),
                    "realisasi.sampaiDiMasaDepan",
                    sampai.toString());
        }
    }
}
