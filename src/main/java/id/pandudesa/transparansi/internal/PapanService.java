package id.pandudesa.transparansi.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Peran;
import id.pandudesa.indeks.IndeksApi;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pelaksanaan.PelaksanaanApi;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Builds a village's board from the modules' public APIs and keeps it in memory. A cached board
 * is used only while the village's last recorded change (the audit trail's stamp, one index
 * lookup) is the one it was built at, so a change shows at once on every node; the time limit
 * covers what is not recorded per village (e.g. a facilitator's phone number).
 */
@Service
class PapanService {

    static final Set<Peran> DITAMPILKAN = Set.of(Peran.KPMD, Peran.PLD, Peran.PD);

    record Entri(Instant stamp, Papan papan) {}

    private final Cache<String, Entri> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private final WilayahApi wilayah;
    private final PerencanaanApi perencanaan;
    private final MusyawarahApi musyawarah;
    private final IndeksApi indeks;
    private final id.pandudesa.pengaduan.PengaduanApi pengaduan;
    private final PelaksanaanApi pelaksanaan;
    private final id.pandudesa.regulasi.RegulasiApi regulasi;
    private final AkunApi akun;
    private final AuditTrail audit;
    private final Clock clock;

    PapanService(
            WilayahApi wilayah,
            PerencanaanApi perencanaan,
            MusyawarahApi musyawarah,
            IndeksApi indeks,
            id.pandudesa.pengaduan.PengaduanApi pengaduan,
            PelaksanaanApi pelaksanaan,
            id.pandudesa.regulasi.RegulasiApi regulasi,
            AkunApi akun,
            AuditTrail audit,
            Clock clock) {
        this.regulasi = regulasi;
        this.wilayah = wilayah;
        this.perencanaan = perencanaan;
        this.musyawarah = musyawarah;
        this.indeks = indeks;
        this.pengaduan = pengaduan;
        this.pelaksanaan = pelaksanaan;
        this.akun = akun;
        this.audit = audit;
        this.clock = clock;
    }

    /** The board of a desa (a kelurahan has no APBDes and no board); 404 for anything else. */
    Papan papan(String kode) {
        Wilayah desa = wilayah.cari(KodeWilayah.normalisasi(kode))
                .filter(Wilayah::isDesa)
                .orElseThrow(() -> new NotFoundException("papan.desaTidakDitemukan", kode));
        Instant stamp = audit.terakhirBerubah(desa.kode());
        Entri cached = cache.getIfPresent(desa.kode());
        if (cached != null && Objects.equals(cached.stamp(), stamp)) {
            return cached.papan();
        }
        Papan built = bangun(desa, stamp);
        cache.put(desa.kode(), new Entri(stamp, built));
        return built;
    }

    private Papan bangun(Wilayah desa, Instant stamp) {
        String code = desa.kode();
        Map<String, Wilayah> parents =
                wilayah.semua(List.of(code.substring(0, 6), code.substring(0, 4), code.substring(0, 2)));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        int year = today.getYear();
        Optional<PerencanaanApi.ApbdesTerbit> apbdes = perencanaan.apbdesTerbit(code, year);
        if (apbdes.isEmpty()) {
            apbdes = perencanaan.apbdesTerbit(code, year - 1);
        }
        List<MusyawarahApi.Publik> meetings = musyawarah.publik(code, 20);
        List<MusyawarahApi.Publik> coming = meetings.stream()
                .filter(m -> !m.tanggal().isBefore(today) && "RENCANA".equals(m.status()))
                .sorted(Comparator.comparing(MusyawarahApi.Publik::tanggal))
                .toList();
        List<MusyawarahApi.Publik> held = meetings.stream()
                .filter(m -> !"RENCANA".equals(m.status()))
                .limit(6)
                .toList();
        List<Papan.Petugas> people = akun.petugasDesa(code).stream()
                .filter(p -> DITAMPILKAN.contains(p.peran()))
                .sorted(Comparator.comparing(
                                (id.pandudesa.akun.PetugasDesa p) -> p.peran().ordinal())
                        .thenComparing(id.pandudesa.akun.PetugasDesa::nama))
                .map(p -> new Papan.Petugas(p.peran().name(), p.nama(), p.telepon()))
                .toList();
        return new Papan(
                desa,
                nama(parents, code.substring(0, 6)),
                nama(parents, code.substring(0, 4)),
                nama(parents, code.substring(0, 2)),
                apbdes.map(PerencanaanApi.ApbdesTerbit::tahun).orElse(year),
                apbdes.orElse(null),
                apbdes.flatMap(a -> perencanaan.realisasiTerbit(code, a.tahun()))
                        .orElse(null),
                pelaksanaan.proyekPublik(
                        code, apbdes.map(PerencanaanApi.ApbdesTerbit::tahun).orElse(year)),
                coming,
                held,
                indeks.riwayat(code),
                indeks.riwayatIndeksDesa(code),
                people,
                pengaduan.ringkasanDesa(code),
                stamp,
                wilayah.sebutan(code),
                regulasi.publik(code, 10));
    }

    private static String nama(Map<String, Wilayah> parents, String code) {
        Wilayah w = parents.get(code);
        return w == null ? "" : w.nama();
    }
}
