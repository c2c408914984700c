package io.attract.attachment;

import io.attract.common.error.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, from its magic bytes: the name and the browser's Content-Type are the uploader's word only.
 * Office files are zip archives; only their central directory is read (no entry is inflated): a zip bomb costs nothing.
 */
public final class ContentSniffer {

    private static final int MAX_ZIP_ENTRIES = 2000;

    private ContentSniffer() {}

    public static SniffedType sniff(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return SniffedType.JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return SniffedType.PNG;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return SniffedType.WEBP;
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return SniffedType.PDF;
        }
        if (heic(b)) {
            throw refused("暂不支持 HEIC/HEIF 格式的照片：请在手机相机设置中选择“兼容性最佳”(JPEG)，或将照片转为 JPG 后上传。");
        }
        if (starts(b, 0, 'P', 'K', 3, 4)) {
            return office(b);
        }
        throw refused("不支持该文件类型：可上传 JPG、PNG、WebP 图片，PDF，以及 Word(.docx)、Excel(.xlsx) 文件。");
    }

    /** ISO base media file with an HEIF brand: {@code ftyp} at byte 4, the brand after it. */
    private static boolean heic(byte[] b) {
        if (!starts(b, 4, 'f', 't', 'y', 'p') || b.length < 12) {
            return false;
        }
        String brand = new String(Arrays.copyOfRange(b, 8, 12), StandardCharsets.US_ASCII);
        return brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1");
    }

    private static SniffedType office(byte[] b) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        Path copy = null;
        try {
            copy = Files.createTempFile("attachment-sniff", ".zip");
            Files.write(copy, b);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                for (int seen = 0; entries.hasMoreElements() && seen < MAX_ZIP_ENTRIES; seen++) {
                    String name = entries.nextElement().getName();
                    contentTypes |= name.equals("[Content_Types].xml");
                    word |= name.equals("word/document.xml");
                    excel |= name.equals("xl/workbook.xml");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused("压缩文件已损坏或无法读取：可上传 Word(.docx)、Excel(.xlsx) 文件。");
        } finally {
            deleteQuietly(copy);
        }
        if (contentTypes && word) {
            return SniffedType.DOCX;
        }
        if (contentTypes && excel) {
            return SniffedType.XLSX;
        }
        throw refused("不支持该压缩文件：只接受 Word(.docx)、Excel(.xlsx) 文件，不接受其他压缩包。");
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file; the system cleans its temp directory
        }
    }

    private static boolean starts(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static ApiException refused(String message) {
        return new ApiException(415, "attachment.type_refused", message);
    }
}
