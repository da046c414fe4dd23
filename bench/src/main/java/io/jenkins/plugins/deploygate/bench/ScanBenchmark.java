package io.jenkins.plugins.deploygate.bench;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
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
 * Scan throughput on a realistic deployment log held in memory: Deploy Gate's {@link LogScanner}
 * against the Log Parser plugin's method ({@link LogParserBaseline}). Time per scan of {@code
 * megabytes} MiB; throughput in MB/s is {@code megabytes / seconds}.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ScanBenchmark}
 *
 * <p>Whole-process comparison with {@code grep -E} (not a unit test; page cache warm):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.jenkins.plugins.deploygate.bench.RealisticLogGenerator /tmp/big.log 1g
 * PATTERN=$(java -cp bench/target/benchmarks.jar io.jenkins.plugins.deploygate.bench.LogParserBaseline)
 * cat /tmp/big.log &gt; /dev/null
 * /usr/bin/time -v java -jar cli/target/deploy-gate.jar scan --format json /tmp/big.log &gt; /dev/null
 * /usr/bin/time -v grep -E -c "$PATTERN" /tmp/big.log
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ScanBenchmark {

    @Param({"64"})
    public int megabytes;

    private byte[] log;
    private LogScanner scanner;
    private LogParserBaseline baseline;

    @Setup
    public void generate() {
        log = RealisticLogGenerator.inMemory(42, 30_000, megabytes << 20);
        scanner = LogScanner.defaults();
        baseline = new LogParserBaseline();
    }

    @Benchmark
    public ScanResult deployGateScanner() {
        return scanner.scan(log);
    }

    @Benchmark
    public long logParserBaseline() {
        return baseline.scan(log);
    }
}
