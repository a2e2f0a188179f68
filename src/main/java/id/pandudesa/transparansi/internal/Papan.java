package id.pandudesa.transparansi.internal;

import id.pandudesa.indeks.IndeksApi;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pelaksanaan.PelaksanaanApi;
import id.pandudesa.pengaduan.PengaduanApi;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.wilayah.Wilayah;
import java.time.Instant;
import java.util.List;

/**
 * Everything a village's board shows, assembled once and cached until the village changes.
 *
 * @param tahun the year of the APBDes shown (this year's once adopted, else last year's)
 * @param petugas the people who serve the village: role, name and work phone, nothing else
 */
record Papan(
        Wilayah desa,
        String kecamatan,
        String kabupaten,
        String provinsi,
        int tahun,
        PerencanaanApi.ApbdesTerbit apbdes,
        PerencanaanApi.RealisasiTerbit realisasi,
        List<PelaksanaanApi.ProyekPublik> proyek,
        List<MusyawarahApi.Publik> akanDatang,
        List<MusyawarahApi.Publik> telahBerlangsung,
        List<IndeksApi.Nilai> idm,
        List<IndeksApi.NilaiIndeksDesa> indeksDesa,
        List<Petugas> petugas,
        PengaduanApi.Ringkasan pengaduan,
        Instant versi,
        id.pandudesa.wilayah.SebutanDesa sebutan,
        List<id.pandudesa.regulasi.RegulasiApi.Publik> regulasi) {

    /** The village's name in its own words: "Gampong Lamreung", "Desa Cukir". */
    public String namaDesa() {
        return sebutan.nama(desa.nama());
    }

    record Petugas(String peran, String nama, String telepon) {}

    public IndeksApi.NilaiIndeksDesa indeksDesaTerakhir() {
        return indeksDesa.isEmpty() ? null : indeksDesa.getLast();
    }

    public IndeksApi.Nilai idmTerakhir() {
        return idm.isEmpty() ? null : idm.getLast();
    }
}
