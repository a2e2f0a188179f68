package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.ArsipZip;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Siskeudes export of a village (CONTRACTS "realisasi APBDes"): its budget becomes the year's
 * APBDes — a new version, adopted as the village adopted it in Siskeudes, unless the newest adopted
 * one already says the same — and its transactions up to a date a realisation point. One
 * transaction: anything refused stores nothing.
 */
@Service
class SiskeudesService {

    private final ApbdesService apbdes;
    private final ApbdesRepository versions;
    private final RealisasiService realisasi;
    private final KodeApbdes codes;
    private final Clock clock;

    SiskeudesService(
            ApbdesService apbdes,
            ApbdesRepository versions,
            RealisasiService realisasi,
            KodeApbdes codes,
            Clock clock) {
        this.apbdes = apbdes;
        this.versions = versions;
        this.realisasi = realisasi;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    RealisasiService.Titik impor(String kodeDesa, int tahun, LocalDate sampai, InputStream zip, PenggunaSaatIni me)
            throws IOException {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (!ApbdesService.bolehMengisi(me)) {
            throw new ForbiddenException("apbdes.hanyaPemdes");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        LocalDate until = sampai != null ? sampai : (tahun == today.getYear() ? today : LocalDate.of(tahun, 12, 31));
        Map<String, byte[]> files = ArsipZip.baca(zip, BacaSiskeudes.BERKAS);
        BacaSiskeudes.Hasil read = BacaSiskeudes.baca(codes, files, tahun, until);
        if (!read.masalah().isEmpty()) {
            throw new RuleViolationException(
                    read.masalah(), "siskeudes.ditolak", read.masalah().size());
        }
        if (read.anggaran().isEmpty()) {
            throw new RuleViolationException("siskeudes.tanpaAnggaran", String.valueOf(tahun));
        }
        if (!sama(adopted(code, tahun), read.anggaran())) {
            apbdes.ganti(code, tahun, TabelMasuk.dari(BacaApbdes.KOLOM_KELUAR, baris(read.anggaran())), null, me);
            apbdes.tetapkan(code, tahun, me);
        }
        List<Map<String, String>> points = new ArrayList<>();
        read.realisasi().forEach((key, amount) -> {
            Map<String, String> row = new HashMap<>();
            row.put("kode_kegiatan", key.kodeKegiatan() == null ? "" : key.kodeKegiatan());
            row.put("kode_rekening", key.kodeRekening());
            row.put("uraian", "");
            row.put("realisasi", String.valueOf(amount));
            points.add(row);
        });
        return realisasi.catat(
                code, tahun, until, TabelMasuk.dari(BacaRealisasi.KOLOM, points), Realisasi.Sumber.SISKEUDES, me);
    }

    private Apbdes adopted(String code, int tahun) {
        return versions.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun).stream()
                .filter(a -> a.status() == Apbdes.Status.DITETAPKAN)
                .findFirst()
                .orElse(null);
    }

    /** Whether the adopted version holds exactly these lines (amount and source), whatever their uraian. */
    private static boolean sama(Apbdes version, List<BacaSiskeudes.Anggaran> budget) {
        if (version == null) {
            return false;
        }
        Comparator<List<Object>> order = Comparator.comparing(Object::toString);
        List<List<Object>> mine = new ArrayList<>(version.baris().stream()
                .map(b -> List.<Object>of(
                        Objects.toString(b.kodeKegiatan()),
                        b.kodeRekening(),
                        Objects.toString(b.sumberDana()),
                        b.anggaran()))
                .toList());
        List<List<Object>> theirs = new ArrayList<>(budget.stream()
                .map(b -> List.<Object>of(
                        Objects.toString(b.kodeKegiatan()),
                        b.kodeRekening(),
                        Objects.toString(b.sumberDana()),
                        b.anggaran()))
                .toList());
        mine.sort(order);
        theirs.sort(order);
        return mine.equals(theirs);
    }

    /** The budget as APBDes rows, named by their rekening (and source, where a pair has several). */
    private List<Map<String, String>> baris(List<BacaSiskeudes.Anggaran> budget) {
        Map<String, Integer> perPair = new LinkedHashMap<>();
        budget.forEach(b -> perPair.merge(b.kodeKegiatan() + "|" + b.kodeRekening(), 1, Integer::sum));
        List<Map<String, String>> rows = new ArrayList<>();
        for (BacaSiskeudes.Anggaran b : budget) {
            String name =
                    codes.objek(b.kodeRekening()).map(KodeApbdes.Kode::uraian).orElse(b.kodeRekening());
            if (perPair.get(b.kodeKegiatan() + "|" + b.kodeRekening()) > 1 && b.sumberDana() != null) {
                name = name + " (" + b.sumberDana() + ")";
            }
            Map<String, String> row = new HashMap<>();
            row.put("kode_kegiatan", b.kodeKegiatan() == null ? "" : b.kodeKegiatan());
            row.put("kode_rekening", b.kodeRekening());
            row.put("uraian", name);
            row.put("anggaran", String.valueOf(b.anggaran()));
            row.put(BacaApbdes.KOLOM_SUMBER, b.sumberDana() == null ? "" : b.sumberDana());
            rows.add(row);
        }
        return rows;
    }
}
