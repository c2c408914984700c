package io.attract.attachment;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.attract.common.error.ApiException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images stored as pixels only: decoded and written anew, which leaves every metadata block behind — EXIF with the
 * GPS position, comments, embedded thumbnails, anything hidden after the image data. JPEG stays JPEG, PNG stays PNG,
 * WebP becomes PNG (with transparency) or JPEG.
 */
final class ImageReencoder {

    /** Beyond this a decoded image takes too much memory (a 50-megapixel photo is ~200 MB as pixels). */
    static final long MAX_PIXELS = 50_000_000L;

    private static final int THUMBNAIL = 320;

    record Encoded(byte[] bytes, SniffedType type) {}

    private ImageReencoder() {}

    static Encoded reencode(byte[] original, SniffedType type) {
        BufferedImage image = decode(original, type);
        if (type == SniffedType.JPEG) {
            image = ExifOrientation.upright(image, ExifOrientation.of(original));
        }
        boolean png = type == SniffedType.PNG
                || type == SniffedType.WEBP && image.getColorModel().hasAlpha();
        return png
                ? new Encoded(png(image), SniffedType.PNG)
                : new Encoded(jpeg(opaque(image), 0.9f), SniffedType.JPEG);
    }

    /** A small JPEG for lists and the timeline, at most 320 pixels each way. */
    static byte[] thumbnail(byte[] stored, SniffedType type) {
        BufferedImage image = decode(stored, type);
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return jpeg(small, 0.8f);
    }

    private static BufferedImage decode(byte[] bytes, SniffedType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(type, in);
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new ApiException(413, "attachment.too_large", "图片像素过多(超过 5000 万像素)，请缩小后再上传。");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ContentSniffer.refused("图片已损坏或格式无法识别，请重新拍摄或导出为 JPG/PNG 后上传。");
        }
    }

    private static ImageReader reader(SniffedType type, ImageInputStream in) throws IOException {
        if (type == SniffedType.WEBP) {
            // Made directly, not looked up: the ImageIO registry of a Quarkus class loader may not list the plugin.
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("No reader for " + type);
        }
        return readers.next();
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write PNG", e);
        }
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
