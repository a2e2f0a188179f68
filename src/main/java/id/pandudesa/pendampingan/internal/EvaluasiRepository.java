package id.pandudesa.pendampingan.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface EvaluasiRepository extends ListCrudRepository<EvaluasiKinerja, Long> {

    Optional<EvaluasiKinerja> findByUsernameAndTriwulan(String username, String triwulan);
}
