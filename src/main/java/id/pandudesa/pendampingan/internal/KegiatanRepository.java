package id.pandudesa.pendampingan.internal;

import org.springframework.data.repository.ListCrudRepository;

interface KegiatanRepository extends ListCrudRepository<KegiatanPendampingan, Long> {}
