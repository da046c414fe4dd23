package io.jenkins.plugins.deploygate.cli;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The files of a distribution archive with their Unix modes, read from the archive's own headers
 * (the JDK reads neither tar nor a zip entry's mode): what {@code tar xzf} and {@code unzip} will
 * create.
 */
final class ArchiveModes {

    private static final int BLOCK = 512;
    private static final int ZIP_CENTRAL_HEADER = 0x02014b50;

    private ArchiveModes() {}

    /** File name to mode (0755, ...) of every regular file of a {@code .tar.gz}. */
    static Map<String, Integer> ofTarGz(Path archive) throws IOException {
        Map<String, Integer> modes = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            DataInputStream tar = new DataInputStream(in);
            byte[] header = new byte[BLOCK];
            while (true) {
                try {
                    tar.readFully(header);
                } catch (EOFException end) {
                    return modes;
                }
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    return modes; // the two zero blocks that end the archive
                }
                long size = Long.parseLong(field(header, 124, 12).strip(), 8);
                if (header[156] == '0' || header[156] == 0) {
                    modes.put(name, Integer.parseInt(field(header, 100, 8).strip(), 8) & 0777);
                }
                tar.skipNBytes((size + BLOCK - 1) / BLOCK * BLOCK);
            }
        }
    }

    /** File name to mode of every file of a {@code .zip}, from its central directory's external attributes. */
    static Map<String, Integer> ofZip(Path archive) throws IOException {
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(archive)).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, Integer> modes = new LinkedHashMap<>();
        for (int at = 0; at + 46 <= zip.limit(); at++) {
            if (zip.getInt(at) != ZIP_CENTRAL_HEADER) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int unixMode = zip.getInt(at + 38) >>> 16;
            String name = new String(zip.array(), at + 46, nameLength, StandardCharsets.UTF_8);
            if (!name.endsWith("/")) {
                modes.put(name, unixMode & 0777);
            }
            at += 45 + nameLength;
        }
        return modes;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
