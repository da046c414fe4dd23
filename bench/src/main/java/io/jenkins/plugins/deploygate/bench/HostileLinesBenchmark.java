package io.jenkins.plugins.deploygate.bench;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scan time per MiB of crafted hostile lines beside an ordinary deployment log: lines an attacker
 * (or a broken tool) writes to make a backtracking pattern take quadratic time. Each log holds
 * {@code megabytes} MiB of 64 KiB lines of one kind, each an anchored candidate the detectors
 * and the redactor read whole. {@code long-line} is the ordinary log with ten times its errors (an
 * error block every 3,000 lines), its line feeds made spaces: one line of {@code megabytes} MiB
 * with errors all along it, every one of which the scan finds. The target is a hostile MiB within
 * three times an ordinary one.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar HostileLinesBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HostileLinesBenchmark {

    private static final int LINE = 64 * 1024;

    @Param({
        "ordinary",
        "repeated-psql-prefix",
        "repeated-driver-prefix",
        "error-then-spaces-u2028",
        "sqlserver-header-u2028",
        "oracle-code-run",
        "secret-words",
        "url-at-run",
        "long-line"
    })
    public String kind;

    @Param({"16"})
    public int megabytes;

    private byte[] log;
    private LogScanner scanner;

    @Setup
    public void generate() {
        scanner = LogScanner.defaults();
        if (kind.equals("ordinary")) {
            log = RealisticLogGenerator.inMemory(42, 30_000, megabytes << 20);
            return;
        }
        if (kind.equals("long-line")) {
            log = RealisticLogGenerator.inMemory(42, 3_000, megabytes << 20);
            for (int i = 0; i < log.length - 1; i++) {
                if (log[i] == '\n') {
                    log[i] = ' ';
                }
            }
            return;
        }
        byte[] line = (hostileLine(kind) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(megabytes << 20);
        while (out.size() < megabytes << 20) {
            out.writeBytes(line);
        }
        log = out.toByteArray();
    }

    /** One line of {@code kind}, about 64 KiB: the shapes the pattern harness found slowest. */
    static String hostileLine(String kind) {
        return switch (kind) {
            case "repeated-psql-prefix" -> fill("psql:a.sql:1: ERROR:  ", "");
            case "repeated-driver-prefix" -> fill("ERROR: ", "\u2028x");
            case "error-then-spaces-u2028" -> "ERROR: " + " ".repeat(LINE) + "\u2028x";
            case "sqlserver-header-u2028" ->
                "Msg 208, Level 16, State 1, Server db, Line 1" + " ".repeat(LINE) + "\u2028x";
            case "oracle-code-run" -> fill("ORA-00942: ", "\u2029x");
            case "secret-words" -> fill("password= IDENTIFIED BY a/b@ ", "");
            case "url-at-run" -> "postgres://u:" + "@".repeat(LINE) + "x";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static String fill(String unit, String tail) {
        return unit.repeat(LINE / unit.length()) + tail;
    }

    @Benchmark
    public ScanResult scan() {
        return scanner.scan(log);
    }
}
