package io.attract.attachment;

import java.awt.image.BufferedImage;

/**
 * A phone stores a photo as the sensor saw it and says in EXIF how to turn it. Re-encoding drops EXIF, so the turn
 * is applied to the pixels first; otherwise a portrait photo would show lying on its side.
 */
final class ExifOrientation {

    private ExifOrientation() {}

    /** EXIF tag 0x0112 of a JPEG's APP1 segment, 1 (as stored) when there is none. */
    static int of(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = u16(jpeg, i + 2, false);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int data = i + 4;
            if (marker == 0xE1 && data + 14 <= jpeg.length && "Exif".equals(new String(jpeg, data, 4))) {
                return orientation(jpeg, data + 6, Math.min(jpeg.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int orientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int count = u16(b, ifd, little);
        for (int e = 0; e < count; e++) {
            int entry = ifd + 2 + e * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned upright as {@code orientation} says. */
    static BufferedImage upright(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage dst = new BufferedImage(
                swap ? h : w, swap ? w : h, src.getType() == 0 ? BufferedImage.TYPE_INT_RGB : src.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = src.getRGB(x, y);
                switch (orientation) {
                    case 2 -> dst.setRGB(w - 1 - x, y, rgb);
                    case 3 -> dst.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> dst.setRGB(x, h - 1 - y, rgb);
                    case 5 -> dst.setRGB(y, x, rgb);
                    case 6 -> dst.setRGB(h - 1 - y, x, rgb);
                    case 7 -> dst.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> dst.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return dst;
    }

    private static int u16(byte[] b, int at, boolean little) {
        if (at + 2 > b.length) {
            return 0;
        }
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        return little ? c << 8 | a : a << 8 | c;
    }

    private static int u32(byte[] b, int at, boolean little) {
        if (at + 4 > b.length) {
            return -1;
        }
        int hi = u16(b, little ? at + 2 : at, little);
        int lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
