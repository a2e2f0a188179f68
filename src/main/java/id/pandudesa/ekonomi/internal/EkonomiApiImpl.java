package id.pandudesa.ekonomi.internal;

import id.pandudesa.ekonomi.EkonomiApi;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EkonomiApiImpl implements EkonomiApi {

    private final PotensiService potensi;
    private final ProdukService produk;
    private final JdbcClient jdbc;

    EkonomiApiImpl(PotensiService potensi, ProdukService produk, JdbcClient jdbc) {
        this.potensi = potensi;
        this.produk = produk;
        this.jdbc = jdbc;
    }

    private static ProdukPublik publik(ProdukService.Produk p) {
        return new ProdukPublik(
                p.id(),
                p.kodeDesa(),
                p.nama(),
                p.hargaMin(),
                p.hargaMaks(),
                p.satuan(),
                p.fotoBerkasId() != null,
                p.waMe());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProdukPublik> produkPublik(String kodeDesa, int batas) {
        return produk.publik(kodeDesa, batas).stream()
                .map(EkonomiApiImpl::publik)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProdukPublik> produk(long id) {
        return produk.cari(id).map(EkonomiApiImpl::publik);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Potensi> potensiDesa(String kodeDesa) {
        return potensi.daftar(kodeDesa).stream()
                .map(p -> new Potensi(p.id(), kodeDesa, p.jenis().name(), p.nama()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Potensi> potensi(long id) {
        return jdbc.sql("SELECT id, kode_desa, jenis, nama FROM potensi_desa WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Potensi(
                        rs.getLong("id"), rs.getString("kode_desa"), rs.getString("jenis"), rs.getString("nama")))
                .optional();
    }
}
