package id.pandudesa.musyawarah.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MusyawarahRepository extends ListCrudRepository<Musyawarah, Long> {

    Optional<Musyawarah> findByTokenBagikan(String token);

    Optional<Musyawarah> findByKoreksiDari(Long id);
}
