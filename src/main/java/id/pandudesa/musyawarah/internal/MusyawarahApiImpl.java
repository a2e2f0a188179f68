package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MusyawarahApiImpl implements MusyawarahApi {

    private final MusyawarahRepository repository;
    private final MusyawarahService service;
    private final JdbcClient jdbc;

    MusyawarahApiImpl(MusyawarahRepository repository, MusyawarahService service, JdbcClient jdbc) {
        this.repository = repository;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Keputusan> keputusan(long musyawarahId, int agenda, PenggunaSaatIni me) {
        return repository
                .findById(musyawarahId)
                .filter(m -> me.mencakup(m.kodeDesa()))
                .filter(m -> m.status() != Musyawarah.Status.DIKOREKSI)
                .flatMap(m -> keputusan(m, agenda));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Keputusan> keputusanUntukJejak(long musyawarahId, int agenda) {
        return repository
                .findById(musyawarahId)
                .filter(m -> m.status() != Musyawarah.Status.DIKOREKSI)
                .flatMap(m -> keputusan(m, agenda));
    }

    private Optional<Keputusan> keputusan(Musyawarah m, int agenda) {
        if (agenda < 1 || agenda > m.agenda().size()) {
            return Optional.empty();
        }
        Agenda a = m.agenda().get(agenda - 1);
        if (!a.diputuskan()) {
            return Optional.empty();
        }
        return Optional.of(new Keputusan(
                m.id(),
                m.kodeDesa(),
                m.jenis(),
                m.judul(),
                m.tanggal(),
                agenda,
                a.judul(),
                a.cara().name(),
                a.disepakati(),
                a.keputusan(),
                service.inklusi(m).pemilih()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Keputusan> keputusanDesa(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code = service.desaTerlihat(kodeDesa, me).kode();
        List<Long> ids = jdbc.sql("SELECT id FROM musyawarah WHERE kode_desa = :k AND tanggal BETWEEN :a AND :b"
                        + " AND status IN ('SELESAI', 'DITANDATANGANI') ORDER BY tanggal, id")
                .param("k", code)
                .param("a", java.time.LocalDate.of(tahun, 1, 1))
                .param("b", java.time.LocalDate.of(tahun, 12, 31))
                .query(Long.class)
                .list();
        List<Keputusan> out = new ArrayList<>();
        for (Musyawarah m : repository.findAllById(ids)) {
            for (int i = 1; i <= m.agenda().size(); i++) {
                keputusan(m, i).ifPresent(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(Keputusan::tanggal)
                .thenComparing(Keputusan::musyawarahId)
                .thenComparing(Keputusan::agenda));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ringkas> ringkas(long musyawarahId, PenggunaSaatIni me) {
        return repository
                .findById(musyawarahId)
                .filter(m -> me.mencakup(m.kodeDesa()))
                .filter(m -> m.status() != Musyawarah.Status.DIKOREKSI)
                .map(m -> new Ringkas(m.id(), m.kodeDesa(), m.jenis(), m.judul(), m.tanggal()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ringkas> terbaru(String kodeDesa, int batas, PenggunaSaatIni me) {
        if (!me.mencakup(kodeDesa)) {
            return List.of();
        }
        return jdbc.sql("SELECT id, kode_desa, jenis, judul, tanggal FROM musyawarah WHERE kode_desa = :k"
                        + " AND status <> 'DIKOREKSI' ORDER BY tanggal DESC, id DESC LIMIT :n")
                .param("k", kodeDesa)
                .param("n", Math.max(1, Math.min(batas, 100)))
                .query((rs, n) -> new Ringkas(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        id.pandudesa.musyawarah.JenisMusyawarah.valueOf(rs.getString("jenis")),
                        rs.getString("judul"),
                        rs.getDate("tanggal").toLocalDate()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Publik> publik(String kodeDesa, int batas) {
        List<Long> ids = jdbc.sql("SELECT id FROM musyawarah WHERE kode_desa = :k AND publik = TRUE"
                        + " AND status <> 'DIKOREKSI' ORDER BY tanggal DESC, id DESC LIMIT :n")
                .param("k", kodeDesa)
                .param("n", Math.max(1, Math.min(batas, 100)))
                .query(Long.class)
                .list();
        List<Publik> out = new ArrayList<>();
        for (Musyawarah m : repository.findAllById(ids)) {
            Inklusi inclusion = service.inklusi(m);
            out.add(new Publik(
                    m.id(),
                    m.jenis(),
                    m.judul(),
                    m.tanggal(),
                    m.tempat(),
                    m.status().name(),
                    inclusion.jumlah(),
                    inclusion.perempuan(),
                    m.agenda().stream()
                            .filter(Agenda::diputuskan)
                            .map(a -> a.judul() + ": " + a.keputusan())
                            .toList()));
        }
        out.sort(java.util.Comparator.comparing(Publik::tanggal).reversed());
        return out;
    }
}
