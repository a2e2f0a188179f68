package id.pandudesa.pendampingan.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface LaporanKecamatanRepository extends ListCrudRepository<LaporanKecamatan, Long> {

    Optional<LaporanKecamatan> findByKodeKecamatanAndBulan(String kodeKecamatan, String bulan);
}
