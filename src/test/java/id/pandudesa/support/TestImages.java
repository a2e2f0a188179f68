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
