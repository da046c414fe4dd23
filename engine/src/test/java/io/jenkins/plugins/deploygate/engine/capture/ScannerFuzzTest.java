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
