package id.pandudesa.akun.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface PenggunaRepository extends ListCrudRepository<Pengguna, Long> {

    Optional<Pengguna> findByUsername(String username);

    boolean existsByUsername(String username);
}
