package id.pandudesa.ekonomi;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may read of the village economy: the potentials a desa recorded, so that a
 * cooperation can cite the one it builds on (seed 004, first step).
 */
public interface EkonomiApi {

    /** A recorded potential: {@code jenis} is SDA, SDM, PRODUK or ASET. */
    record Potensi(long id, String kodeDesa, String jenis, String nama) {}

    /** A desa's potentials, by kind and name. */
    List<Potensi> potensiDesa(String kodeDesa);

    /** One potential by its id, whatever desa it belongs to; the caller checks the desa. */
    Optional<Potensi> potensi(long id);

    /**
     * A published product of a village as everyone may see it: price range, unit, whether it has a
     * photo (at {@code /desa/{kode}/produk/{id}/foto}) and the WhatsApp link for buyers.
     */
    record ProdukPublik(
            long id,
            String kodeDesa,
            String nama,
            long hargaMin,
            long hargaMaks,
            String satuan,
            boolean adaFoto,
            String waMe) {}

    /** A desa's published products, newest first, at most {@code batas}. */
    List<ProdukPublik> produkPublik(String kodeDesa, int batas);

    /** One product (published or not) by its id; the caller checks the desa. */
    Optional<ProdukPublik> produk(long id);
}
