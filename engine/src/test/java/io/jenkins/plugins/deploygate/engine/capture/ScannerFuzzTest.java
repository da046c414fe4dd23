package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the scanner and the redactor. Without {@code JAZZER_FUZZ=1} they run their seed
 * corpus (under {@code src/test/resources/.../ScannerFuzzTestInputs/<method>/}) as ordinary
 * tests in CI; with it, Jazzer fuzzes them.
 */
class ScannerFuzzTest {

    private static final String SECRET = "Zq7secretZq7";

    private static final ScanOptions OPTIONS =
            ScanOptions.defaults().withContext(2).withMaxFindings(64);

    /** Built once: a scanner is reusable, and building its anchor table per input would slow fuzzing. */
    private static final LogScanner SCANNER = new LogScanner(Catalogue.builtIn(), OPTIONS.withExitCode(0));

    @FuzzTest(maxDuration = "60s")
    void scannerAcceptsAnyBytesAndKeepsItsInvariants(byte[] log) {
        ScanResult whole = SCANNER.scan(log);
        ScanSession split = SCANNER.start();
        int half = log.length / 2;
        split.write(log, 0, half);
        split.write(log, half, log.length - half);

        assertThat(split.finish()).isEqualTo(whole);
        assertThat(whole.bytesScanned()).isEqualTo(log.length);
        assertThat(whole.findings().size()).isLessThanOrEqualTo(64);
        assertThat(whole.silentFailure()).isEqualTo(whole.hasErrors());
        for (Finding finding : whole.findings()) {
            assertThat(finding.line()).isBetween(1L, whole.linesScanned());
            assertThat(finding.count()).isPositive();
            assertThat(finding.context()).hasSizeLessThanOrEqualTo(5);
            assertThat(finding.message()).doesNotContain("\u0000");
        }
    }

    /**
     * The input, repeated into one line of about 200 KiB (past the 64 KiB chunk size), then a known
     * error after two blank lines (which end any block the line's end opened, such as a SQL Server
     * header whose message is on the next line): whatever the line is made of, the scan reads it in
     * one pass, finds the error, and finds the same whatever the writes the log arrives in (the
     * line's chunks and windows fall elsewhere in them). The seeds are the crafted lines that made
     * backtracking patterns take quadratic time, and lines of errors packed or spread.
     */
    @FuzzTest(maxDuration = "60s")
    void scannerReadsLongCraftedLinesWhole(byte[] unit) {
        byte[] tail = "\n\n\nORA-00942: table or view does not exist\n".getBytes(StandardCharsets.UTF_8);
        int repeats = unit.length == 0 ? 0 : LONG_LINE / unit.length + 1;
        byte[] log = new byte[unit.length * repeats + tail.length];
        for (int i = 0; i < repeats; i++) {
            System.arraycopy(unit, 0, log, i * unit.length, unit.length);
        }
        System.arraycopy(tail, 0, log, unit.length * repeats, tail.length);

        ScanResult result = SCANNER.scan(log);
        ScanSession written = SCANNER.start();
        for (int i = 0; i < log.length; i += ODD_WRITE) {
            written.write(log, i, Math.min(ODD_WRITE, log.length - i));
        }

        assertThat(written.finish()).isEqualTo(result);
        assertThat(result.findings()).extracting(Finding::id).contains("oracle.ORA-00942");
        for (Finding finding : result.findings()) {
            assertThat(finding.message()).doesNotContain("\u202E", "\u001B");
        }
    }

    /** Writes of a size no chunk or window is a multiple of. */
    private static final int ODD_WRITE = 8191;

    private static final int LONG_LINE = 200 * 1024;

    @FuzzTest(maxDuration = "60s")
    void redactorRemovesAPasswordWhateverSurroundsIt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int cut = text.indexOf('|');
        String prefix = cut < 0 ? text : text.substring(0, cut);
        String suffix = cut < 0 ? "" : text.substring(cut + 1);
        String line = prefix + " --password=" + SECRET + " " + suffix;

        String redacted = Redactor.redact(line);

        // The surrounding text may hold the same characters (the fuzzer tries that): only the inserted one must go.
        assertThat(occurrences(redacted, SECRET)).isLessThanOrEqualTo(occurrences(prefix + " " + suffix, SECRET));
        assertThat(Redactor.redact(redacted)).isEqualTo(redacted);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
