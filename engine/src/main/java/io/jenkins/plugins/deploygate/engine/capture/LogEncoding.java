package io.jenkins.plugins.deploygate.engine.capture;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns a log as stored into the UTF-8 text the scanner reads, from its first bytes: a gzip
 * stream is decompressed; UTF-16 (with a byte order mark, or recognised by the zero bytes ASCII
 * text has in it) is decoded; a UTF-8 byte order mark is dropped. A file that is neither text nor
 * one of these (a NUL byte in its first 4 KiB, as grep decides, or a zip, 7z or xz archive) is
 * refused with {@link UnreadableLogException}, so that it can never be reported as a clean
 * deployment. Plain UTF-8 is passed through untouched, and fast.
 */
public final class LogEncoding {

    private static final int SNIFF = 4096;

    private LogEncoding() {}

    /** {@code log} as UTF-8 text. */
    public static InputStream decode(InputStream log) throws IOException {
        return decode(log, 0);
    }

    private static InputStream decode(InputStream log, int depth) throws IOException {
        PushbackInputStream in = new PushbackInputStream(log, SNIFF);
        byte[] head = new byte[SNIFF];
        int length = in.readNBytes(head, 0, SNIFF);
        in.unread(head, 0, length);
        if (startsWith(head, length, 0x1F, 0x8B)) {
            if (depth > 0) {
                throw new UnreadableLogException("it is gzip-compressed twice");
            }
            return decode(new Gunzipped(in), depth + 1);
        }
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return in;
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return utf8(in, StandardCharsets.UTF_16LE);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return utf8(in, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(head, length);
        if (utf16 != null) {
            return utf8(in, utf16);
        }
        String container = container(head, length);
        if (container != null) {
            throw new UnreadableLogException("it is " + container + ", not a text log");
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw new UnreadableLogException("it is binary (a NUL byte at offset " + i + "), not a text log");
            }
        }
        return in;
    }

    /** UTF-16 text without a byte order mark: most of the even (or odd) bytes are zero. */
    private static Charset utf16WithoutMark(byte[] head, int length) {
        if (length < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        int pairs = length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String container(byte[] head, int length) {
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            return "a zip archive";
        }
        if (startsWith(head, length, '7', 'z', 0xBC, 0xAF)) {
            return "a 7z archive";
        }
        if (startsWith(head, length, 0xFD, '7', 'z', 'X', 'Z')) {
            return "xz-compressed";
        }
        if (startsWith(head, length, 'B', 'Z', 'h')) {
            return "bzip2-compressed";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static InputStream utf8(InputStream in, Charset charset) {
        return new Recoded(new InputStreamReader(in, charset));
    }

    /** A gzip stream whose corruption is reported in words, as a log that cannot be read. */
    private static final class Gunzipped extends FilterInputStream {

        Gunzipped(InputStream in) throws IOException {
            super(new GZIPInputStream(in, 64 << 10));
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt();
            }
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            try {
                return super.read(target, offset, length);
            } catch (ZipException | EOFException e) {
                throw corrupt();
            }
        }

        private static UnreadableLogException corrupt() {
            return new UnreadableLogException("its gzip data is corrupt or cut short");
        }
    }

    /** Characters read from a decoder, encoded again as UTF-8 bytes. */
    private static final class Recoded extends InputStream {

        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(16 << 10);
        private final ByteBuffer bytes = ByteBuffer.allocate(64 << 10);
        private boolean ended;

        Recoded(Reader reader) {
            this.reader = reader;
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            while (!bytes.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, bytes.remaining());
            bytes.get(target, offset, n);
            return n;
        }

        private void fill() throws IOException {
            int read = reader.read(chars);
            ended = read < 0;
            chars.flip();
            bytes.clear();
            encoder.encode(chars, bytes, ended);
            if (ended) {
                encoder.flush(bytes);
            }
            chars.compact();
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
