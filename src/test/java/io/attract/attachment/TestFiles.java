package io.attract.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files made in the test, as a phone or an office would make them. */
public final class TestFiles {

    /** The text the GPS block carries, found in the bytes while the block is there. */
    public static final String GPS_MARK = "GPS-JINAN-36.67N";

    private TestFiles() {}

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /**
     * A 40×20 JPEG as a phone stores a portrait photo: EXIF says "turn 90° clockwise" (orientation 6) and carries a
     * GPS block with the place it was taken.
     */
    public static byte[] phoneJpeg() {
        byte[] jpeg = encode(picture(40, 20), "jpeg");
        byte[] exif = exif();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (exif.length + 2))
                .put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] zip(String... entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Exif\0\0" + a big-endian TIFF: IFD0 (orientation, GPS pointer), the GPS IFD (latitude ref, a mark). */
    private static byte[] exif() {
        byte[] mark = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 2 * 12 + 4 + 2 + 2 * 12 + 4 + mark.length);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        int markAt = gpsIfd + 2 + 2 * 12 + 4;
        b.putShort((short) 0x001B).putShort((short) 7).putInt(mark.length).putInt(markAt);
        b.putInt(0);
        b.put(mark);
        if (b.position() - tiff != markAt + mark.length) {
            throw new IllegalStateException("EXIF layout");
        }
        return b.array();
    }
}
