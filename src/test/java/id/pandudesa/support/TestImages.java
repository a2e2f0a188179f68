package id.pandudesa.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;

/** Pictures for tests, including a phone-like JPEG that carries the camera's GPS position in EXIF. */
public final class TestImages {

    private TestImages() {}

    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(31, 111, 67));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a valid one-bit greyscale PNG of {@code width} × {@code height} pixels,
     * all black, whose rows compress to almost nothing (30,000 × 30,000 is about 110 KB on disk and
     * 3.6 GB as a decoded RGB picture). Written by hand, so making it needs no big picture in memory.
     */
    public static byte[] pngBomb(int width, int height) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13);
            ihdr.putInt(width)
                    .putInt(height)
                    .put((byte) 1)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0);
            chunk(png, "IHDR", ihdr.array());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(
                    data, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
                byte[] row = new byte[1 + (width + 7) / 8];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG with an EXIF APP1 segment holding GPS latitude/longitude (southern, eastern). */
    public static byte[] jpegWithGps(int width, int height, double latSouth, double lonEast) {
        byte[] plain = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0: one entry, the pointer to the GPS IFD at offset 26.
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD: latitude ref, latitude, longitude ref, longitude.
        tiff.putShort((short) 4);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'S')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'E')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        putDms(tiff, latSouth);
        putDms(tiff, lonEast);
        byte[] tiffBytes = tiff.array();
        byte[] header = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiffBytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiffBytes);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static void putDms(ByteBuffer buffer, double value) {
        int degrees = (int) value;
        double minutesFull = (value - degrees) * 60;
        int minutes = (int) minutesFull;
        int seconds100 = (int) Math.round((minutesFull - minutes) * 60 * 100);
        buffer.putInt(degrees)
                .putInt(1)
                .putInt(minutes)
                .putInt(1)
                .putInt(seconds100)
                .putInt(100);
    }

    /** Whether the bytes contain an EXIF segment at all. */
    public static boolean hasExif(byte[] jpeg) {
        String text = new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.contains("Exif\0\0");
    }
}
