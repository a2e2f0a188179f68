package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.regulasi.RegulasiApi.Pokok;
import id.pandudesa.regulasi.RegulasiApi.Rujukan;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulation a village document stands on: the village government picks it from the register
 * (adopted, of the same village, still standing); the register shows, for each regulation, the
 * documents standing on it.
 */
@Service
class DasarHukumService {

    private final ProdukHukumRepository repository;
    private final RegulasiService regulasi;
    private final WilayahApi wilayah;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DasarHukumService(
            ProdukHukumRepository repository,
            RegulasiService regulasi,
            WilayahApi wilayah,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.regulasi = regulasi;
        this.wilayah = wilayah;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ProdukHukum> adopted(long id, String kodeDesa) {
        return repository.findById(id).filter(p -> p.kodeDesa().equals(kodeDesa) && p.publik());
    }

    Rujukan rujukan(ProdukHukum p) {
        String label = BukuAdministrasi.jenis(wilayah.sebutan(p.kodeDesa()), p.jenis()) + " Nomor " + p.nomor()
                + " Tahun " + p.tanggalTetap().getYear() + " tentang " + p.judul();
        return new Rujukan(
                p.id(), p.kodeDesa(), label, "/regulasi/produk/" + p.id(), p.berlaku() == BerlakuProdukHukum.BERLAKU);
    }

    @Transactional(readOnly = true)
    Optional<Rujukan> dasar(Pokok pokok, String kodeDesa, String pokokId) {
        return jdbc.sql("SELECT produk_hukum_id FROM dasar_hukum WHERE pokok = :p AND kode_desa = :d AND pokok_id = :i")
                .param("p", pokok.name())
                .param("d", kodeDesa)
                .param("i", pokokId)
                .query(Long.class)
                .optional()
                .flatMap(repository::findById)
                .map(this::rujukan);
    }

    /** A document standing on this regulation, as the register's page lists it. */
    record Dasar(String label, String tautan) {}

    @Transactional(readOnly = true)
    List<Dasar> dasarBagi(ProdukHukum p) {
        var kata = wilayah.sebutan(p.kodeDesa());
        return jdbc.sql("SELECT pokok, pokok_id FROM dasar_hukum WHERE produk_hukum_id = :id ORDER BY pokok, pokok_id")
                .param("id", p.id())
                .query((rs, n) -> {
                    Pokok pokok = Pokok.valueOf(rs.getString("pokok"));
                    String pid = rs.getString("pokok_id");
                    String label = switch (pokok) {
                        case APBDES -> kata.apb() + " " + pid;
                        case RKPDES -> kata.rkp() + " " + pid;
                        case RPJMDES -> kata.rpjm() + " " + pid + "–" + (Integer.parseInt(pid) + 5);
                        case BUMDES -> kata.bum();
                    };
                    return new Dasar(label, pokok.tautan(p.kodeDesa(), pid));
                })
                .list();
    }

    /**
     * Sets (or, with no regulation, clears) the regulation a document stands on. Only the village
     * government of that village; only an adopted regulation of it that still stands.
     */
    @Transactional
    void tautkan(Pokok pokok, String kodeDesa, String pokokId, Long produkHukumId, PenggunaSaatIni me) {
        regulasi.desa(kodeDesa, me);
        if (!RegulasiService.bolehMengelola(me, kodeDesa)) {
            throw new ForbiddenException("regulasi.hanyaPemerintahDesa");
        }
        if (pokokId == null || !pokokId.matches("[0-9]{1,12}")) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("pokokId", "regulasi.dasar.pokokTidakSah")),
                    "regulasi.dasar.pokokTidakSah");
        }
        Optional<Rujukan> before = dasar(pokok, kodeDesa, pokokId);
        jdbc.sql("DELETE FROM dasar_hukum WHERE pokok = :p AND kode_desa = :d AND pokok_id = :i")
                .param("p", pokok.name())
                .param("d", kodeDesa)
                .param("i", pokokId)
                .update();
        if (produkHukumId != null) {
            ProdukHukum p = adopted(produkHukumId, kodeDesa)
                    .filter(x -> x.berlaku() == BerlakuProdukHukum.BERLAKU)
                    .orElseThrow(() -> new RuleViolationException(
                            List.of(FieldProblem.of("produkHukumId", "regulasi.dasar.bukanProdukDesa")),
                            "regulasi.dasar.bukanProdukDesa"));
            jdbc.sql("INSERT INTO dasar_hukum (pokok, kode_desa, pokok_id, produk_hukum_id, oleh, waktu)"
                            + " VALUES (:p, :d, :i, :h, :o, :w)")
                    .param("p", pokok.name())
                    .param("d", kodeDesa)
                    .param("i", pokokId)
                    .param("h", p.id())
                    .param("o", me.username())
                    .param("w", Timestamp.from(Instant.now(clock)))
                    .update();
        }
        audit.record(
                AuditAction.UBAH,
                "regulasi.DasarHukum",
                pokok.name() + "/" + kodeDesa + "/" + pokokId,
                kodeDesa,
                before.<Map<String, Object>>map(r -> Map.of("produkHukumId", r.id()))
                        .orElse(Map.of()),
                produkHukumId == null ? Map.of() : Map.of("produkHukumId", produkHukumId));
    }
}
