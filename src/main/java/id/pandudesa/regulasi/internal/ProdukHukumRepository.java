package id.pandudesa.regulasi.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ProdukHukumRepository extends ListCrudRepository<ProdukHukum, Long> {}
