package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing the daily log: who may write where, the rules of an entry, photos, the village summary. */
@Service
class KegiatanService {

    /** The roles that log facilitation (the public contract). */
    static final Set<Peran> PENULIS = EnumSet.of(Peran.KPMD, Peran.PLD, Peran.MITRA, Peran.PD, Peran.TA);

    private final KegiatanRepository entries;
    private final WilayahApi wilayah;
    private final SubTopikQueries subTopics;
    private final FileService files;
    private final RingkasanDesa summary;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int closingDay;

    private final WilayahTerlihat terlihat;

    KegiatanService(
            WilayahTerlihat terlihat,
            KegiatanRepository entries,
            WilayahApi wilayah,
            SubTopikQueries subTopics,
            FileService files,
            RingkasanDesa summary,
            JdbcClient jdbc,
            Clock clock,
            @Value("${pandu.pendampingan.hari-tutup-bulan:10}") int closingDay) {
        this.terlihat = terlihat;
        this.entries = entries;
        this.wilayah = wilayah;
        this.subTopics = subTopics;
        this.files = files;
        this.summary = summary;
        this.jdbc = jdbc;
        this.clock = clock;
        this.closingDay = closingDay;
    }

    /** A photo sent with an entry. */
    record Foto(byte[] bytes, String namaAsli, String keterangan) {}

    @Transactional
    KegiatanPendampingan catat(CatatKegiatan cmd, PenggunaSaatIni me, List<Foto> photos, boolean keepLocation) {
        wajibPenulis(me);
        Wilayah desa = desaDalamLingkup(cmd.kodeDesa(), me);
        periksa(cmd, desa, me.username(), null);
        KegiatanPendampingan entry =
                KegiatanPendampingan.baru(desa.kode(), me.username(), me.peran(), AturanKegiatan.isi(cmd), now());
        for (int i = 0; i < photos.size(); i++) {
            Foto photo = photos.get(i);
            long id = files.simpanFoto(
                            photo.bytes(), photo.namaAsli(), desa.kode(), me.username(), keepLocation, "foto")
                    .id();
            entry.tambahFoto(id, photo.keterangan());
        }
        KegiatanPendampingan saved = entries.save(entry);
        if (saved.status() == KegiatanPendampingan.Status.FINAL) {
            summary.tambah(saved.kodeDesa(), saved.tanggal());
        }
        return saved;
    }

    @Transactional
    KegiatanPendampingan ubah(
            long id, int versi, CatatKegiatan cmd, PenggunaSaatIni me, List<Foto> photos, boolean keepLocation) {
        KegiatanPendampingan entry = milikSendiri(id, me);
        if (!Objects.equals(entry.versi(), versi)) {
            throw new OptimisticLockingFailureException("stale log entry");
        }
        Wilayah desa = desaDalamLingkup(cmd.kodeDesa(), me);
        if (!desa.kode().equals(entry.kodeDesa())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("kodeDesa", "kegiatan.desa.tidakBolehPindah")), "kegiatan.tidakValid");
        }
        periksaBulanTerbuka(entry.tanggal(), desa.kode(), me.username());
        periksa(cmd, desa, me.username(), entry.id());
        entry.ubah(AturanKegiatan.isi(cmd), now());
        for (Foto photo : photos) {
            long fileId = files.simpanFoto(
                            photo.bytes(), photo.namaAsli(), desa.kode(), me.username(), keepLocation, "foto")
                    .id();
            entry.tambahFoto(fileId, photo.keterangan());
        }
        KegiatanPendampingan saved = entries.save(entry);
        summary.hitungUlang(saved.kodeDesa());
        return saved;
    }

    @Transactional
    KegiatanPendampingan tindakLanjutSelesai(long id, PenggunaSaatIni me) {
        KegiatanPendampingan entry = milikSendiri(id, me);
        if (entry.tindakLanjut() == null) {
            throw new RuleViolationException("kegiatan.tindakLanjut.tidakAda");
        }
        entry.tindakLanjutSelesai(today(entry.kodeDesa()), now());
        return entries.save(entry);
    }

    @Transactional
    void hapusDraf(long id, PenggunaSaatIni me) {
        KegiatanPendampingan entry = milikSendiri(id, me);
        if (entry.status() != KegiatanPendampingan.Status.DRAF) {
            throw new RuleViolationException("kegiatan.hanyaDrafBolehDihapus");
        }
        entries.delete(entry);
    }

    /** The log entry a stored photo belongs to (the photo page then checks that entry's visibility). */
    java.util.Optional<Long> kegiatanDariFoto(long berkasId) {
        return jdbc.sql("SELECT kegiatan_id FROM kegiatan_pendampingan_foto WHERE berkas_id = :b")
                .param("b", berkasId)
                .query(Long.class)
                .optional();
    }

    /** An entry the caller may see: in their scope; drafts only for their author. */
    @Transactional(readOnly = true)
    KegiatanPendampingan lihat(long id, PenggunaSaatIni me) {
        return entries.findById(id)
                .filter(k -> me.mencakup(k.kodeDesa()))
                .filter(k -> k.status() == KegiatanPendampingan.Status.FINAL
                        || k.penulis().equals(me.username()))
                .orElseThrow(() -> new NotFoundException("kegiatan.tidakDitemukan"));
    }

    /** An entry of the caller's own: 404 when not visible, 403 when someone else wrote it. */
    KegiatanPendampingan milikSendiri(long id, PenggunaSaatIni me) {
        KegiatanPendampingan entry = lihat(id, me);
        if (!entry.penulis().equals(me.username())) {
            throw new ForbiddenException("kegiatan.bukanPenulis");
        }
        return entry;
    }

    static void wajibPenulis(PenggunaSaatIni me) {
        if (!PENULIS.contains(me.peran())) {
            throw new ForbiddenException("kegiatan.peranTidakMencatat");
        }
    }

    private Wilayah desaDalamLingkup(String kode, PenggunaSaatIni me) {
        Wilayah desa = terlihat.wilayah(kode, me, "kegiatan.desa.tidakDitemukan");
        if (!desa.isDesa()) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("kodeDesa", "kegiatan.desa.bukanDesa", desa.nama())),
                    "kegiatan.tidakValid");
        }
        if (!me.bolehMencatat(desa.kode())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("kodeDesa", "kegiatan.desa.penugasanBerakhir", desa.nama())),
                    "kegiatan.tidakValid");
        }
        return desa;
    }

    private void periksa(CatatKegiatan cmd, Wilayah desa, String username, Long self) {
        List<FieldProblem> problems = new ArrayList<>(
                AturanKegiatan.periksa(cmd, today(desa.kode()), closingDay, subTopics.lingkupPerKode()));
        if (problems.isEmpty() && laporanTerkunci(username, YearMonth.from(cmd.tanggal()))) {
            problems.add(FieldProblem.of("tanggal", "kegiatan.tanggal.laporanDiajukan"));
        }
        JamKerja jam = problems.isEmpty() ? AturanKegiatan.jam(cmd) : null;
        if (jam != null) {
            bentrok(username, cmd.tanggal(), jam, self)
                    .ifPresent(other -> problems.add(FieldProblem.of(
                            "jamMulai",
                            "kegiatan.jam.tumpangTindih",
                            other.jam().toString(),
                            other.namaDesa())));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kegiatan.tidakValid");
        }
    }

    private void periksaBulanTerbuka(LocalDate date, String kodeDesa, String username) {
        YearMonth month = YearMonth.from(date);
        if (AturanKegiatan.tertutup(month, today(kodeDesa), closingDay)) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("tanggal", "kegiatan.tanggal.bulanDitutup", month.toString())),
                    "kegiatan.tidakValid");
        }
        if (laporanTerkunci(username, month)) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("tanggal", "kegiatan.tanggal.laporanDiajukan")), "kegiatan.tidakValid");
        }
    }

    /** An entry of the same author and day (draft or final) whose working time overlaps {@code jam}. */
    private java.util.Optional<Bentrok> bentrok(String username, LocalDate date, JamKerja jam, Long self) {
        return jdbc.sql("""
                        SELECT kode_desa, jam_mulai, jam_selesai FROM kegiatan_pendampingan
                        WHERE penulis = :p AND tanggal = :t AND id <> :self
                          AND jam_mulai < :selesai AND jam_selesai > :mulai
                        ORDER BY jam_mulai FETCH FIRST 1 ROWS ONLY""")
                .param("p", username)
                .param("t", date)
                .param("self", self == null ? -1L : self)
                .param("mulai", jam.mulai())
                .param("selesai", jam.selesai())
                .query((rs, n) -> new Bentrok(
                        wilayah.cari(rs.getString(1)).map(Wilayah::nama).orElse(rs.getString(1)),
                        new JamKerja(
                                rs.getObject(2, java.time.LocalTime.class),
                                rs.getObject(3, java.time.LocalTime.class))))
                .optional();
    }

    private record Bentrok(String namaDesa, JamKerja jam) {}

    /** A submitted or approved monthly report freezes its month's entries (returned ones reopen). */
    boolean laporanTerkunci(String username, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM laporan_bulanan WHERE penulis = :p AND bulan = :b"
                                + " AND status IN ('DIAJUKAN', 'DISETUJUI')")
                        .param("p", username)
                        .param("b", month.toString())
                        .query(Long.class)
                        .single()
                > 0;
    }

    LocalDate today(String kodeDesa) {
        return LocalDate.now(clock.withZone(wilayah.zonaWaktu(kodeDesa).zoneId()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
