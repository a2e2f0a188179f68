package id.pandudesa.pendampingan.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface KegiatanRepository extends ListCrudRepository<KegiatanPendampingan, Long> {}
