package id.pandudesa.akun.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface PenugasanRepository extends ListCrudRepository<Penugasan, Long> {

    List<Penugasan> findByPenggunaIdOrderByMulaiDesc(long penggunaId);
}
