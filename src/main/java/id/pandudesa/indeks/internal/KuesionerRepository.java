package id.pandudesa.indeks.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface KuesionerRepository extends ListCrudRepository<Kuesioner, Long> {

    List<Kuesioner> findByKodeDesaAndTahunOrderByNomorDesc(String kodeDesa, int tahun);
}
