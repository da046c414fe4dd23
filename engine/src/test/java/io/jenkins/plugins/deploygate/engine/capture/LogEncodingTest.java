package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogEncodingTest {

    private static final String LOG = "Flyway Community Edition 10.10.0 by Redgate\n"
            + "psql:deploy.sql:12: ERROR:  relation \"orders\" does not exist\n"
            + "caf\u00e9 \u2603 done\n";

    @Test
    void aGzippedLogIsDecompressedAndItsErrorFound() throws IOException {
        assertFindsTheError(scan(gzip(LOG.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16LogWithAByteOrderMarkIsDecoded(String charset) throws IOException {
        byte[] mark =
                charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        ScanResult result = scan(concat(mark, LOG.getBytes(Charset.forName(charset))));

        assertFindsTheError(result);
        assertThat(result.linesScanned()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16LogWithoutAByteOrderMarkIsRecognisedByItsZeroBytes(String charset) throws IOException {
        assertFindsTheError(scan(LOG.getBytes(Charset.forName(charset))));
    }

    @Test
    void aGzippedUtf16LogIsBothDecompressedAndDecoded() throws IOException {
        assertFindsTheError(
                scan(gzip(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, LOG.getBytes(StandardCharsets.UTF_16LE)))));
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() throws IOException {
        ScanResult result = scan(concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "ORA-00942: table or view does not exist\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.context())
                .containsExactly("ORA-00942: table or view does not exist"));
    }

    @Test
    void plainUtf8IsReadAsItIs() throws IOException {
        byte[] log = LOG.getBytes(StandardCharsets.UTF_8);

        assertThat(scan(log)).isEqualTo(LogScanner.defaults().scan(log));
    }

    @Test
    void aBinaryFileIsRefusedNotReportedClean() {
        byte[] binary = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};

        assertThatThrownBy(() -> scan(binary))
                .isInstanceOf(UnreadableLogException.class)
                .hasMessage("it is binary (a NUL byte at offset 7), not a text log");
    }

    @Test
    void anArchiveIsRefusedSayingWhatItIs() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("deploy.log"));
            out.write(LOG.getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> scan(zip.toByteArray())).hasMessage("it is a zip archive, not a text log");
    }

    @Test
    void aGzipStreamCutShortIsRefusedInWords() throws IOException {
        byte[] whole = gzip(LOG.repeat(1000).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> scan(Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(UnreadableLogException.class)
                .hasMessage("its gzip data is corrupt or cut short");
    }

    @Test
    void aBinaryFileInsideGzipIsRefusedToo() throws IOException {
        assertThatThrownBy(() -> scan(gzip(new byte[] {'a', 0, 'b', 'c', 'd', 'e', 'f', 'g', 'h'})))
                .hasMessageContaining("binary");
    }

    private static void assertFindsTheError(ScanResult result) {
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("postgresql.42P01");
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.context()).contains("caf\u00e9 \u2603 done");
        });
    }

    private static ScanResult scan(byte[] stored) throws IOException {
        return LogScanner.defaults().scan(new ByteArrayInputStream(stored));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
