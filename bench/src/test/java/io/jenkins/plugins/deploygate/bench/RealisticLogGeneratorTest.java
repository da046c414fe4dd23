package io.jenkins.plugins.deploygate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: both methods find every generated error block. */
class RealisticLogGeneratorTest {

    private final byte[] log = RealisticLogGenerator.inMemory(7, 2_000, 2 << 20);

    @Test
    void isDeterministicForASeed() {
        assertThat(RealisticLogGenerator.inMemory(7, 2_000, 2 << 20)).isEqualTo(log);
    }

    @Test
    void scannerFindsOneErrorPerGeneratedBlock() {
        ScanResult result = LogScanner.defaults().scan(log);

        long blocks = countBlocks();
        assertThat(blocks).isGreaterThan(RealisticLogGenerator.KINDS);
        // Flyway and Liquibase blocks give a tool finding and a database finding; the others one.
        long toolFindings = result.findings().stream()
                .filter(finding -> finding.engine() == null)
                .count();
        assertThat(result.findings().stream().filter(Finding::isError).count() - toolFindings)
                .isEqualTo(blocks);
    }

    @Test
    void baselineMatchesTheErrorLinesToo() {
        assertThat(new LogParserBaseline().scan(log)).isGreaterThanOrEqualTo(countBlocks());
    }

    private long countBlocks() {
        RealisticLogGenerator generator = new RealisticLogGenerator(7, 2_000);
        try {
            generator.write(java.io.OutputStream.nullOutputStream(), 2 << 20);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return generator.errorBlocks();
    }
}
