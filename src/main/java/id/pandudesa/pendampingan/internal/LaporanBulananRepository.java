package id.pandudesa.pendampingan.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface LaporanBulananRepository extends ListCrudRepository<LaporanBulanan, Long> {

    Optional<LaporanBulanan> findByPenulisAndBulan(String penulis, String bulan);

    java.util.List<LaporanBulanan> findByPenulisOrderByBulanDesc(String penulis);
}
