package id.pandudesa.platform.storage;

import id.pandudesa.platform.privasi.AturanRetensi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The camera position kept with a photo (only when its uploader chose to keep it) after the
 * {@code kegiatan-gps} period from the upload: cleared. No figure is computed from it.
 */
@Component
class RetensiGpsBerkas implements AturanRetensi {

    private final JdbcClient jdbc;

    RetensiGpsBerkas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String aturan() {
        return "kegiatan-gps";
    }

    @Override
    public String uraian() {
        return "berkas.lintang, berkas.bujur";
    }

    @Override
    public long jatuhTempo(Instant batas) {
        return jdbc.sql("SELECT COUNT(*) FROM berkas WHERE dibuat < :b AND (lintang IS NOT NULL OR bujur IS NOT NULL)")
                .param("b", Timestamp.from(batas))
                .query(Long.class)
                .single();
    }

    @Override
    public int anonimkan(Instant batas, int maks) {
        List<Long> ids = jdbc.sql(
                        "SELECT id FROM berkas WHERE dibuat < :b AND (lintang IS NOT NULL OR bujur IS NOT NULL)"
                                + " ORDER BY id FETCH FIRST " + maks + " ROWS ONLY")
                .param("b", Timestamp.from(batas))
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE berkas SET lintang = NULL, bujur = NULL WHERE id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
        return ids.size();
    }
}
