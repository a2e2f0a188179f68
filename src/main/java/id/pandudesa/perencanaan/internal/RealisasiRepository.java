package id.pandudesa.perencanaan.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RealisasiRepository extends ListCrudRepository<Realisasi, Long> {

    /** Every point of a desa-year, the latest date first. */
    List<Realisasi> findByKodeDesaAndTahunOrderBySampaiDesc(String kodeDesa, int tahun);
}
