package id.pandudesa.pelaksanaan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may read of implementation: a desa's projects as the public sees them on
 * the village board — what, where, how far along against the plan, the latest photos — without
 * who reported them.
 */
public interface PelaksanaanApi {

    record ProyekPublik(
            long id,
            String nama,
            String lokasi,
            BigDecimal lintang,
            BigDecimal bujur,
            LocalDate mulai,
            LocalDate selesai,
            long anggaran,
            long realisasi,
            double fisik,
            double rencana,
            boolean terlambat,
            LocalDate laporanTerakhir,
            List<Long> foto,
            long swadaya,
            int swadayaHok) {}

    /** The projects of a desa-year, each with its latest progress and up to three latest photos. */
    List<ProyekPublik> proyekPublik(String kodeDesa, int tahun);

    /** Whether a stored file is a progress photo of a project of this desa (so it may be shown publicly). */
    boolean fotoProyek(String kodeDesa, long berkasId);
}
