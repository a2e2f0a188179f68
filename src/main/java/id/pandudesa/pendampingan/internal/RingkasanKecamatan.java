package id.pandudesa.pendampingan.internal;

import java.util.List;
import java.util.Map;

/** A kecamatan's facilitation month for the coordination report: per desa and method, per role, report status. */
record RingkasanKecamatan(
        String kodeKecamatan,
        String bulan,
        long jumlahKegiatan,
        long pesertaLaki,
        long pesertaPerempuan,
        List<Desa> perDesa,
        Map<String, Long> perPeran,
        List<Laporan> laporan) {

    record Desa(String kodeDesa, String nama, Map<String, Long> perMetode, long jumlah) {}

    record Laporan(String penulis, String peran, String status) {}
}
