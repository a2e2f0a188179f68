package id.pandudesa.platform.storage;

import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores files for every module: photos go through {@link PhotoProcessor}; bytes go to the {@link
 * FileStore}, metadata to the database in the caller's transaction. If that transaction rolls
 * back, the bytes written are removed again, so nothing is left half-stored.
 */
@Service
public class FileService {

    /** Largest photo accepted before processing. */
    public static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    private final FileStore store;
    private final PhotoProcessor photos;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    FileService(FileStore store, PhotoProcessor photos, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.store = store;
        this.photos = photos;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks and stores a photo. Must run inside the transaction of the record it belongs to.
     *
     * @param keepLocation keep the camera's GPS position as data (never inside the file)
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Berkas simpanFoto(
            byte[] bytes, String originalName, String kodeDesa, String owner, boolean keepLocation, String field) {
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new RuleViolationException(
                    List.of(id.pandudesa.platform.FieldProblem.of(field, "berkas.fotoTerlaluBesar", 10)),
                    "berkas.fotoTerlaluBesar",
                    10);
        }
        PhotoProcessor.Photo photo;
        try {
            photo = photos.process(bytes);
        } catch (PhotoProcessor.TooManyPixelsException e) {
            long megapixels = PhotoProcessor.MAX_PIXELS / 1_000_000;
            throw new RuleViolationException(
                    List.of(id.pandudesa.platform.FieldProblem.of(
                            field, "berkas.fotoTerlaluBanyakPiksel", e.width(), e.height(), megapixels)),
                    "berkas.fotoTerlaluBanyakPiksel",
                    e.width(),
                    e.height(),
                    megapixels);
        } catch (PhotoProcessor.NotAPhotoException e) {
            throw new RuleViolationException(
                    List.of(id.pandudesa.platform.FieldProblem.of(field, "berkas.bukanFoto", safeName(originalName))),
                    "berkas.bukanFoto",
                    safeName(originalName));
        }
        Instant now = Instant.now(clock);
        String key = now.atZone(ZoneOffset.UTC).getYear() + "/"
                + String.format("%02d", now.atZone(ZoneOffset.UTC).getMonthValue()) + "/" + UUID.randomUUID()
                + ".jpg";
        put(key, photo.jpeg());
        BigDecimal lat = keepLocation && photo.latitude() != null ? coordinate(photo.latitude()) : null;
        BigDecimal lon = keepLocation && photo.longitude() != null ? coordinate(photo.longitude()) : null;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO berkas (kunci, nama_asli, jenis_isi, ukuran, lebar, tinggi, lintang, bujur, kode_desa,"
                        + " pemilik, dibuat) VALUES (:k, :n, 'image/jpeg', :u, :w, :h, :lat, :lon, :desa, :p, :t)")
                .param("k", key)
                .param("n", safeName(originalName))
                .param("u", photo.jpeg().length)
                .param("w", photo.width())
                .param("h", photo.height())
                .param("lat", lat)
                .param("lon", lon)
                .param("desa", kodeDesa)
                .param("p", owner)
                .param("t", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(
                AuditAction.BUAT,
                "platform.Berkas",
                id,
                kodeDesa,
                null,
                Map.of("nama", safeName(originalName), "ukuran", photo.jpeg().length));
        return cari(id).orElseThrow();
    }

    /** Largest PDF document accepted (a scanned, signed berita acara of a few pages). */
    public static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

    /**
     * Checks and stores a scanned document: a PDF (kept as it is) or a photo of the pages (treated
     * as {@link #simpanFoto}). Must run inside the transaction of the record it belongs to.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Berkas simpanDokumen(byte[] bytes, String originalName, String kodeDesa, String owner, String field) {
        boolean pdf = bytes.length > 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
        if (!pdf) {
            return simpanFoto(bytes, originalName, kodeDesa, owner, false, field);
        }
        if (bytes.length > MAX_PDF_BYTES) {
            throw new RuleViolationException(
                    List.of(id.pandudesa.platform.FieldProblem.of(field, "berkas.pdfTerlaluBesar", 20)),
                    "berkas.pdfTerlaluBesar",
                    20);
        }
        Instant now = Instant.now(clock);
        String key = now.atZone(ZoneOffset.UTC).getYear() + "/"
                + String.format("%02d", now.atZone(ZoneOffset.UTC).getMonthValue()) + "/" + UUID.randomUUID()
                + ".pdf";
        put(key, bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO berkas (kunci, nama_asli, jenis_isi, ukuran, kode_desa, pemilik, dibuat)"
                        + " VALUES (:k, :n, 'application/pdf', :u, :desa, :p, :t)")
                .param("k", key)
                .param("n", safeName(originalName))
                .param("u", bytes.length)
                .param("desa", kodeDesa)
                .param("p", owner)
                .param("t", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(
                AuditAction.BUAT,
                "platform.Berkas",
                id,
                kodeDesa,
                null,
                Map.of("nama", safeName(originalName), "ukuran", bytes.length));
        return cari(id).orElseThrow();
    }

    public Optional<Berkas> cari(long id) {
        return jdbc.sql("SELECT id, nama_asli, jenis_isi, ukuran, lebar, tinggi, lintang, bujur, kode_desa, pemilik,"
                        + " dibuat FROM berkas WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Berkas(
                        rs.getLong("id"),
                        rs.getString("nama_asli"),
                        rs.getString("jenis_isi"),
                        rs.getLong("ukuran"),
                        (Integer) rs.getObject("lebar", Integer.class),
                        (Integer) rs.getObject("tinggi", Integer.class),
                        rs.getBigDecimal("lintang"),
                        rs.getBigDecimal("bujur"),
                        rs.getString("kode_desa"),
                        rs.getString("pemilik"),
                        rs.getTimestamp("dibuat").toInstant()))
                .optional();
    }

    /** The bytes of a file; the caller has checked that the user may see it. */
    public InputStream isi(long id) {
        String key = jdbc.sql("SELECT kunci FROM berkas WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("berkas.tidakDitemukan"));
        try {
            return store.get(key);
        } catch (IOException e) {
            throw new NotFoundException("berkas.tidakDitemukan");
        }
    }

    private void put(String key, byte[] bytes) {
        try {
            store.put(key, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            store.delete(key);
                        } catch (IOException ignored) {
                            // An orphan file is harmless; it is never referenced.
                        }
                    }
                }
            });
        }
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "foto";
        }
        String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
