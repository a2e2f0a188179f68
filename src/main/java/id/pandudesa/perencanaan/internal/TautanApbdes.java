package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which RKPDes kegiatan an APBDes belanja line pays for. The link is keyed by the line's identity
 * in the desa-year (kegiatan, rekening, uraian), so it holds in every version that keeps the line,
 * amendments included. The village government sets it, or lets a kegiatan become a new line.
 */
@Service
public class TautanApbdes {

    private final JdbcClient jdbc;
    private final ApbdesService apbdes;
    private final RkpdesService rkpdesService;
    private final KodeApbdes codes;
    private final AuditTrail audit;

    public TautanApbdes(
            JdbcClient jdbc, ApbdesService apbdes, RkpdesService rkpdesService, KodeApbdes codes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.apbdes = apbdes;
        this.rkpdesService = rkpdesService;
        this.codes = codes;
        this.audit = audit;
    }

    static String kunci(String kodeKegiatan, String kodeRekening, String uraian) {
        return kodeKegiatan + "|" + kodeRekening + "|" + uraian;
    }

    static String kunci(Apbdes.Baris b) {
        return kunci(b.kodeKegiatan(), b.kodeRekening(), b.uraian());
    }

    /** Line key → RKPDes kegiatan id, for a desa-year. */
    Map<String, Long> tautan(String code, int tahun) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("SELECT kode_kegiatan, kode_rekening, uraian, rkpdes_kegiatan_id FROM apbdes_tautan"
                        + " WHERE kode_desa = :k AND tahun = :t")
                .param("k", code)
                .param("t", tahun)
                .query(rs -> {
                    out.put(kunci(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
                });
        return out;
    }

    /** The lines of the newest APBDes of the year that pay for a kegiatan. */
    List<Apbdes.Baris> barisUntuk(String code, int tahun, long kegiatanId, List<Apbdes> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<String, Long> links = tautan(code, tahun);
        return versions.getFirst().baris().stream()
                .filter(b ->
                        b.kodeKegiatan() != null && Long.valueOf(kegiatanId).equals(links.get(kunci(b))))
                .toList();
    }

    /**
     * Links line {@code nomorBaris} (1-based, of the newest version) to a kegiatan, or removes the
     * link when {@code kegiatanId} is null.
     */
    @Transactional
    void tautkan(String kodeDesa, int tahun, int nomorBaris, Long kegiatanId, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (!ApbdesService.bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        Apbdes latest = apbdes.lihat(code, tahun, null, me);
        if (nomorBaris < 1 || nomorBaris > latest.baris().size()) {
            throw new NotFoundException("apbdes.barisTidakDitemukan");
        }
        Apbdes.Baris line = latest.baris().get(nomorBaris - 1);
        if (!"5".equals(line.akun())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("baris", "apbdes.tautan.hanyaBelanja")), "apbdes.tautan.hanyaBelanja");
        }
        Long before = tautan(code, tahun).get(kunci(line));
        if (kegiatanId != null) {
            RencanaDesa.Kegiatan k = kegiatanTahun(code, tahun, kegiatanId);
            if (!k.kodeKegiatan().equals(line.kodeKegiatan())) {
                throw new RuleViolationException(
                        List.of(FieldProblem.of("kegiatan", "apbdes.tautan.kodeBerbeda", k.kodeKegiatan())),
                        "apbdes.tautan.kodeBerbeda",
                        k.kodeKegiatan());
            }
        }
        simpan(code, tahun, line, kegiatanId);
        audit.record(
                AuditAction.UBAH,
                "perencanaan.ApbdesTautan",
                auditId(code, tahun, line),
                code,
                before == null ? null : Map.of("uraian", line.uraian(), "kegiatan", before),
                kegiatanId == null ? null : Map.of("uraian", line.uraian(), "kegiatan", kegiatanId));
    }

    /**
     * Puts a kegiatan of the RKPDes into the APBDes as a belanja line of its cost on rekening
     * {@code kodeRekening}, linked to it: into the draft, or into a new version (APBDes Perubahan)
     * when the newest is adopted, or into a first draft when the year has none.
     */
    @Transactional
    public Apbdes keApbdes(String kodeDesa, int tahun, long kegiatanId, String kodeRekening, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (!ApbdesService.bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        RencanaDesa.Kegiatan k = kegiatanTahun(code, tahun, kegiatanId);
        String rekening = kodeRekening == null ? "" : kodeRekening.trim();
        Optional<KodeApbdes.Kode> objek = codes.objek(rekening);
        if (objek.isEmpty() || !objek.get().kode().startsWith("5.")) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("kodeRekening", "apbdes.tautan.rekeningBelanja", rekening)),
                    "apbdes.tautan.rekeningBelanja",
                    rekening);
        }
        List<Apbdes> versions = apbdes.versi(code, tahun, me);
        List<Map<String, String>> rows = new ArrayList<>();
        if (!versions.isEmpty()) {
            for (Apbdes.Baris b : versions.getFirst().baris()) {
                rows.add(row(b));
            }
        }
        Apbdes.Baris line = new Apbdes.Baris(
                code,
                k.kodeKegiatan(),
                objek.get().kode(),
                uraian(k),
                k.biaya(),
                k.sumberDana() == null
                        ? null
                        : SumberDanaApbdes.dari(k.sumberDana()).name());
        boolean present = rows.stream()
                .anyMatch(r -> kunci(r.get("kode_kegiatan"), r.get("kode_rekening"), r.get("uraian"))
                        .equals(kunci(line)));
        if (present) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("kegiatan", "apbdes.tautan.sudahAda")), "apbdes.tautan.sudahAda");
        }
        rows.add(row(line));
        Apbdes saved = apbdes.ganti(code, tahun, TabelMasuk.dari(BacaApbdes.KOLOM_KELUAR, rows), null, me);
        simpan(code, tahun, line, k.id());
        audit.record(
                AuditAction.BUAT,
                "perencanaan.ApbdesTautan",
                auditId(code, tahun, line),
                code,
                null,
                Map.of("uraian", line.uraian(), "anggaran", line.anggaran(), "kegiatan", k.id()));
        return saved;
    }

    /** Short enough for the audit trail's record id; the uraian goes into the recorded values. */
    private static String auditId(String code, int tahun, Apbdes.Baris line) {
        return code + "/" + tahun + "/" + line.kodeKegiatan() + "/" + line.kodeRekening();
    }

    /** The uraian of the line: the kegiatan's name and place, cut to the column's size. */
    static String uraian(RencanaDesa.Kegiatan k) {
        String text = k.nama() + " — " + k.lokasi();
        return text.length() > BacaApbdes.MAKS_URAIAN ? text.substring(0, BacaApbdes.MAKS_URAIAN) : text;
    }

    private RencanaDesa.Kegiatan kegiatanTahun(String code, int tahun, long kegiatanId) {
        Optional<RencanaDesa.Rkpdes> plan = rkpdesService.rkpdes(code, tahun);
        return rkpdesService
                .kegiatanSatu(kegiatanId)
                .filter(k -> plan.isPresent() && k.rkpdesId() == plan.get().id())
                .orElseThrow(() -> new NotFoundException("rkpdes.kegiatanTidakDitemukan"));
    }

    private void simpan(String code, int tahun, Apbdes.Baris line, Long kegiatanId) {
        jdbc.sql("DELETE FROM apbdes_tautan WHERE kode_desa = :k AND tahun = :t AND kode_kegiatan = :kk"
                        + " AND kode_rekening = :kr AND uraian = :u")
                .param("k", code)
                .param("t", tahun)
                .param("kk", line.kodeKegiatan())
                .param("kr", line.kodeRekening())
                .param("u", line.uraian())
                .update();
        if (kegiatanId != null) {
            jdbc.sql("INSERT INTO apbdes_tautan (kode_desa, tahun, kode_kegiatan, kode_rekening, uraian,"
                            + " rkpdes_kegiatan_id) VALUES (:k, :t, :kk, :kr, :u, :id)")
                    .param("k", code)
                    .param("t", tahun)
                    .param("kk", line.kodeKegiatan())
                    .param("kr", line.kodeRekening())
                    .param("u", line.uraian())
                    .param("id", kegiatanId)
                    .update();
        }
    }

    /** A line as a row of the upload layout, its source of funds kept. */
    private static Map<String, String> row(Apbdes.Baris b) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kode_kegiatan", b.kodeKegiatan() == null ? "" : b.kodeKegiatan());
        r.put("kode_rekening", b.kodeRekening());
        r.put("uraian", b.uraian());
        r.put("anggaran", String.valueOf(b.anggaran()));
        r.put(BacaApbdes.KOLOM_SUMBER, b.sumberDana() == null ? "" : b.sumberDana());
        return r;
    }
}
