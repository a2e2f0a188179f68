package id.pandudesa.perencanaan.internal;

import id.pandudesa.perencanaan.PerencanaanApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PerencanaanApiImpl implements PerencanaanApi {

    /** How many activities the board and the poster name. */
    static final int KEGIATAN_UTAMA = 6;

    private final ApbdesRepository repository;
    private final KodeApbdes codes;
    private final TautanApbdes tautan;
    private final RkpdesService rkpdesService;
    private final RealisasiRepository realisasi;

    PerencanaanApiImpl(
            ApbdesRepository repository,
            KodeApbdes codes,
            TautanApbdes tautan,
            RkpdesService rkpdesService,
            RealisasiRepository realisasi) {
        this.realisasi = realisasi;
        this.repository = repository;
        this.codes = codes;
        this.tautan = tautan;
        this.rkpdesService = rkpdesService;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApbdesTerbit> apbdesTerbit(String kodeDesa, int tahun) {
        Optional<Apbdes> adopted = repository.findByKodeDesaAndTahunOrderByNomorDesc(kodeDesa, tahun).stream()
                .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                .findFirst();
        return adopted.map(a -> {
            RingkasanApbdes r = RingkasanApbdes.dari(a);
            Map<String, Long> sources = new LinkedHashMap<>();
            r.perSumberPendapatan()
                    .forEach((k, v) -> sources.put(codes.namaRekening(k).orElse(k), v));
            Map<String, Long> sectors = new LinkedHashMap<>();
            r.perBidang().forEach((k, v) -> sectors.put(namaBidang(k), v));
            return new ApbdesTerbit(
                    a.kodeDesa(),
                    a.tahun(),
                    a.nomor(),
                    a.ditetapkan(),
                    r.pendapatan(),
                    r.belanja(),
                    r.surplusDefisit(),
                    r.penerimaanPembiayaan(),
                    r.pengeluaranPembiayaan(),
                    r.pembiayaanNetto(),
                    r.silpaTahunBerjalan(),
                    r.perSumberPendapatan().getOrDefault("4.2.1", 0L),
                    sources,
                    sectors,
                    utama(kegiatan(a)));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Kegiatan> kegiatanBelanja(String kodeDesa, int tahun) {
        return repository.findByKodeDesaAndTahunOrderByNomorDesc(kodeDesa, tahun).stream()
                .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                .findFirst()
                .map(this::kegiatan)
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> sumberDanaKegiatan(String kodeDesa, int tahun) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        repository.findByKodeDesaAndTahunOrderByNomorDesc(kodeDesa, tahun).stream()
                .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                .findFirst()
                .ifPresent(a -> a.baris().stream()
                        .filter(b -> "5".equals(b.akun()) && b.kodeKegiatan() != null)
                        .forEach(b -> out.computeIfAbsent(b.kodeKegiatan(), k -> new LinkedHashMap<>())
                                .merge(b.sumberDana() == null ? "" : b.sumberDana(), b.anggaran(), Long::sum)));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> penyertaanModal(java.util.Collection<String> kodeDesa, int tahun) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String d : new java.util.TreeSet<>(kodeDesa)) {
            repository.findByKodeDesaAndTahunOrderByNomorDesc(d, tahun).stream()
                    .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                    .findFirst()
                    .ifPresent(a -> out.put(
                            d,
                            a.baris().stream()
                                    .filter(b -> b.kodeRekening().equals("6.2.2")
                                            || b.kodeRekening().startsWith("6.2.2."))
                                    .mapToLong(Apbdes.Baris::anggaran)
                                    .sum()));
        }
        return out;
    }

    private static List<Kegiatan> utama(List<Kegiatan> all) {
        return all.size() > KEGIATAN_UTAMA ? List.copyOf(all.subList(0, KEGIATAN_UTAMA)) : all;
    }

    /**
     * The largest activities of bidang 2 to 5 (not the village office's running costs): lines
     * linked to one RKPDes kegiatan count as that kegiatan, named as the RKPDes names it; other
     * lines count by their own description.
     */
    private List<Kegiatan> kegiatan(Apbdes a) {
        Map<String, Long> links = tautan.tautan(a.kodeDesa(), a.tahun());
        Map<Long, String> names = new LinkedHashMap<>();
        rkpdesService
                .rkpdes(a.kodeDesa(), a.tahun())
                .ifPresent(p ->
                        rkpdesService.kegiatan(p.id()).forEach(k -> names.put(k.id(), k.nama() + " — " + k.lokasi())));
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> codeOf = new LinkedHashMap<>();
        for (Apbdes.Baris b : a.baris()) {
            if (!"5".equals(b.akun())
                    || b.kodeKegiatan() == null
                    || b.kodeKegiatan().startsWith("1.")) {
                continue;
            }
            Long linked = links.get(TautanApbdes.kunci(b));
            String name = linked != null && names.containsKey(linked) ? names.get(linked) : pokok(b.uraian());
            sums.computeIfAbsent(name, x -> new long[1])[0] += b.anggaran();
            codeOf.putIfAbsent(name, b.kodeKegiatan());
        }
        List<Kegiatan> out = new ArrayList<>();
        sums.forEach((name, sum) -> out.add(new Kegiatan(name, codeOf.get(name), sum[0])));
        out.sort(Comparator.comparingLong(Kegiatan::anggaran).reversed());
        return List.copyOf(out);
    }

    /** "Rabat beton jalan 450 m: bahan" and "…: upah" are one activity: the text before the colon. */
    static String pokok(String uraian) {
        int colon = uraian.indexOf(':');
        return colon > 0 ? uraian.substring(0, colon).trim() : uraian;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RealisasiTerbit> realisasiTerbit(String kodeDesa, int tahun) {
        return realisasi.findByKodeDesaAndTahunOrderBySampaiDesc(kodeDesa, tahun).stream()
                .findFirst()
                .flatMap(point -> repository.findById(point.apbdesId()).map(a -> {
                    RingkasanRealisasi r = RingkasanRealisasi.dari(point, a);
                    long planned = 0;
                    long received = 0;
                    for (BarisRealisasi b : BarisRealisasi.dari(a, point)) {
                        if (b.kodeRekening().startsWith("4.2.1.")) {
                            planned += b.anggaran();
                            received += b.realisasi();
                        }
                    }
                    Map<String, Terhadap> sectors = new LinkedHashMap<>();
                    r.perBidang().forEach((k, v) -> {
                        if (v.anggaran() > 0 || v.realisasi() > 0) {
                            sectors.put(namaBidang(k), terhadap(v));
                        }
                    });
                    return new RealisasiTerbit(
                            point.sampai(),
                            terhadap(r.pendapatan()),
                            terhadap(r.belanja()),
                            new Terhadap(received, planned),
                            terhadap(r.belanjaPerSumberDana().getOrDefault("DDS", new RingkasanRealisasi.Angka(0, 0))),
                            sectors);
                }));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RealisasiKegiatan> realisasiKegiatan(String kodeDesa, int tahun, String kodeKegiatan) {
        return realisasi.findByKodeDesaAndTahunOrderBySampaiDesc(kodeDesa, tahun).stream()
                .findFirst()
                .flatMap(point -> repository.findById(point.apbdesId()).map(a -> {
                    long spent = 0;
                    long budget = 0;
                    for (BarisRealisasi b : BarisRealisasi.dari(a, point)) {
                        if (b.kodeRekening().startsWith("5") && kodeKegiatan.equals(b.kodeKegiatan())) {
                            spent += b.realisasi();
                            budget += b.anggaran();
                        }
                    }
                    return new RealisasiKegiatan(point.sampai(), spent, budget);
                }));
    }

    private static Terhadap terhadap(RingkasanRealisasi.Angka a) {
        return new Terhadap(a.realisasi(), a.anggaran());
    }

    private String namaBidang(String bidang) {
        String name = codes.namaBidang(bidang).orElse(bidang).replaceFirst("(?i)^bidang\\s+", "");
        return name.isEmpty()
                ? bidang
                : name.substring(0, 1).toUpperCase() + name.substring(1).toLowerCase();
    }
}
