package id.pandudesa.platform.storage;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Makes an uploaded photo fit for a slow connection and for privacy: checks by content that it is
 * a JPEG, PNG or WebP picture, turns it upright, scales it to at most {@value #MAX_SIDE} px and
 * writes a fresh JPEG. Re-encoding drops every metadata block, so the GPS position of the camera
 * never leaves the server inside the file; it is read out first and kept as data only when the
 * user chooses to keep it.
 */
@Component
public class PhotoProcessor {

    static final int MAX_SIDE = 1600;
    static final float QUALITY = 0.82f;
    /**
     * Largest picture accepted, read from the file's header before any pixel is decoded: a small
     * file can declare a huge picture (a 100 KB PNG of 30,000 × 30,000 pixels would need 3.6 GB).
     * 40 megapixels is more than any phone camera makes.
     */
    public static final long MAX_PIXELS = 40_000_000L;
    /** How long a photo waits for one of the processing turns before the server says "busy". */
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Photos decoded at once; each may hold a {@value #MAX_SIDE}-px picture plus its subsampled source. */
    private final Semaphore turns =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    /** A processed photo: new JPEG bytes, size, and the camera's position if it had one. */
    public record Photo(byte[] jpeg, int width, int height, Double latitude, Double longitude) {}

    /** Thrown when the bytes are not a picture we accept, whatever the file name or header says. */
    public static class NotAPhotoException extends Exception {
        NotAPhotoException(String message) {
            super(message);
        }
    }

    /** A picture whose header declares more than {@link #MAX_PIXELS} pixels; nothing was decoded. */
    public static class TooManyPixelsException extends NotAPhotoException {
        private final long width;
        private final long height;

        TooManyPixelsException(long width, long height) {
            super("picture of " + width + " x " + height + " pixels");
            this.width = width;
            this.height = height;
        }

        public long width() {
            return width;
        }

        public long height() {
            return height;
        }
    }

    /** Every processing turn stayed taken for too long: the server is busy, nothing was stored. */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("photo processing is busy");
        }
    }

    public Photo process(byte[] upload) throws NotAPhotoException {
        String kind = sniff(upload);
        if (kind == null) {
            throw new NotAPhotoException("not a JPEG, PNG or WebP image");
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!turn) {
            throw new BusyException();
        }
        try {
            return processInTurn(upload);
        } finally {
            turns.release();
        }
    }

    private Photo processInTurn(byte[] upload) throws NotAPhotoException {
        BufferedImage image = decode(upload);
        int orientation = 1;
        Double lat = null;
        Double lon = null;
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation where = gps == null ? null : gps.getGeoLocation();
            if (where != null && !where.isZero()) {
                lat = where.getLatitude();
                lon = where.getLongitude();
            }
        } catch (Exception ignored) {
            // A picture without readable metadata is still a picture.
        }
        // scaled first, so turning it never holds a full-size copy
        BufferedImage upright = rotate(scale(image), orientation);
        return new Photo(jpeg(upright), upright.getWidth(), upright.getHeight(), lat, lon);
    }

    /**
     * Decodes only as many pixels as the result needs: the dimensions come from the header, a
     * picture over {@link #MAX_PIXELS} is refused before decoding, and a large one is read with
     * subsampling (every n-th pixel), so memory stays near the size of the scaled photo.
     */
    private static BufferedImage decode(byte[] upload) throws NotAPhotoException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new NotAPhotoException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new NotAPhotoException("unreadable image");
                }
                if (width * height > MAX_PIXELS) {
                    throw new TooManyPixelsException(width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // the decoded picture's long side stays at most twice the result's, for a clean downscale
                int step = (int) Math.max(1, Math.ceilDiv(Math.max(width, height), 2L * MAX_SIDE));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new NotAPhotoException("unreadable image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAPhotoException("unreadable image: " + e.getMessage());
        }
    }

    /** The kind of image by its first bytes, or null. */
    static String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static BufferedImage rotate(BufferedImage src, int orientation) {
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform t = new AffineTransform();
        boolean swap = false;
        switch (orientation) {
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
                swap = true;
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(-Math.PI / 2);
                swap = true;
            }
            default -> {
                return src;
            }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /**
     * A small copy of a stored photo for lists on a phone (a catalogue, a board): at most {@code
     * maxSide} pixels on its longer side.
     */
    public byte[] kecil(byte[] storedJpeg, int maxSide) {
        try {
            BufferedImage src = ImageIO.read(new java.io.ByteArrayInputStream(storedJpeg));
            if (src == null) {
                throw new IllegalStateException("stored photo is not readable");
            }
            return jpeg(scale(src, maxSide));
        } catch (IOException e) {
            throw new IllegalStateException("stored photo is not readable", e);
        }
    }

    private static BufferedImage scale(BufferedImage src) {
        return scale(src, MAX_SIDE);
    }

    private static BufferedImage scale(BufferedImage src, int maxSide) {
        int w = src.getWidth();
        int h = src.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * factor));
        int nh = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, nw, nh);
        g.drawImage(src, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
