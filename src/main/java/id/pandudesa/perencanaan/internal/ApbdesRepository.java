package id.pandudesa.perencanaan.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ApbdesRepository extends ListCrudRepository<Apbdes, Long> {

    /** Every version of a desa-year, newest first. */
    List<Apbdes> findByKodeDesaAndTahunOrderByNomorDesc(String kodeDesa, int tahun);
}
