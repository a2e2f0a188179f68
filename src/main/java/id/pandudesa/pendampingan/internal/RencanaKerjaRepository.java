package id.pandudesa.pendampingan.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface RencanaKerjaRepository extends ListCrudRepository<RencanaKerja, Long> {

    List<RencanaKerja> findByPenulisAndBulanOrderByMingguAscKodeDesaAsc(String penulis, String bulan);
}
