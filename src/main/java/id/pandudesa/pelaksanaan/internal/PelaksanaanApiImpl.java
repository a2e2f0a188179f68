package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.pelaksanaan.PelaksanaanApi;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PelaksanaanApiImpl implements PelaksanaanApi {

    private final PelaksanaanService service;
    private final JdbcClient jdbc;

    private final SwadayaService swadaya;

    PelaksanaanApiImpl(PelaksanaanService service, JdbcClient jdbc, SwadayaService swadaya) {
        this.service = service;
        this.jdbc = jdbc;
        this.swadaya = swadaya;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProyekPublik> proyekPublik(String kodeDesa, int tahun) {
        List<ProyekPublik> out = new ArrayList<>();
        for (PelaksanaanService.Ringkas r : service.daftar(kodeDesa, tahun)) {
            PelaksanaanService.Proyek p = r.proyek();
            List<Long> photos = jdbc.sql("SELECT f.berkas_id FROM proyek_laporan_foto f JOIN proyek_laporan l"
                            + " ON l.id = f.laporan_id WHERE l.proyek_id = :p AND f.kode_desa = :k"
                            + " ORDER BY l.tanggal DESC, f.berkas_id DESC LIMIT 3")
                    .param("p", p.id())
                    .param("k", kodeDesa)
                    .query(Long.class)
                    .list();
            SwadayaService.Ringkas community = SwadayaService.ringkas(swadaya.daftar(p));
            out.add(new ProyekPublik(
                    p.id(),
                    p.nama(),
                    p.lokasi(),
                    p.lintang(),
                    p.bujur(),
                    p.mulai(),
                    p.selesai(),
                    p.anggaran(),
                    r.terakhir() == null ? 0 : r.terakhir().realisasi(),
                    r.fisik(),
                    r.rencana(),
                    r.terlambat(),
                    r.terakhir() == null ? null : r.terakhir().tanggal(),
                    photos,
                    community.nilai(),
                    community.hok()));
        }
        return out;
    }

    @Override
    public boolean fotoProyek(String kodeDesa, long berkasId) {
        return jdbc.sql("SELECT COUNT(*) FROM proyek_laporan_foto WHERE berkas_id = :b AND kode_desa = :k")
                        .param("b", berkasId)
                        .param("k", kodeDesa)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
