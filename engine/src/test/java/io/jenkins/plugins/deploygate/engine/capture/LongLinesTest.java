package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.json.Json;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines of any length: every error on them is found wherever it is, once, with what a finding
 * shows redacted and its cuts marked, in memory that does not grow with the line.
 */
class LongLinesTest {

    private static final String LOGON = "ORA-01017: invalid username/password; logon denied";

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    /** Ordinary words between the errors: what a line of a tool's output holds besides them. */
    private static final String WORDS = "applied the change to the schema, nothing else to do here; ";

    static Stream<Arguments> linesAndPlaces() {
        List<Arguments> cases = new ArrayList<>();
        for (int length : new int[] {2 * KIB, 64 * KIB, MIB, 16 * MIB}) {
            for (String place : new String[] {"start", "middle", "end"}) {
                cases.add(Arguments.of(length, place));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} of a line of {0} bytes")
    @MethodSource("linesAndPlaces")
    void findsAnErrorAtTheStartInTheMiddleOrAtTheEndOfALine(int length, String place) {
        String error = " " + LOGON + " ";
        int at =
                switch (place) {
                    case "start" -> 0;
                    case "middle" -> length / 2;
                    default -> length - error.length();
                };
        String line = words(at) + error + words(length - at - error.length());
        byte[] log = bytes("SQL> connect deployer\n" + line + "\nSQL> exit\n");

        for (int write : new int[] {log.length, 8191}) {
            ScanResult result = scanInWrites(LogScanner.defaults(), log, write);

            assertThat(result.linesScanned()).isEqualTo(3);
            assertThat(result.findings())
                    .as("writes of %d bytes", write)
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.id()).isEqualTo("oracle.ORA-01017");
                        assertThat(finding.line()).isEqualTo(2);
                        assertThat(finding.count()).isEqualTo(1);
                        assertThat(finding.message()).startsWith("invalid username/password; logon denied");
                    });
        }
    }

    /** Around the ends of the first chunks of a long line (64 KiB, each after the first 60 KiB on). */
    @ParameterizedTest
    @ValueSource(
            ints = {
                65_536 - 60,
                65_536 - 30,
                65_536 - 12,
                65_536 - 1,
                65_536,
                61_440 - 40,
                61_440 + 65_536 - 25,
                2 * 61_440 + 65_536 - 7
            })
    void anErrorCutByTheEndOfAChunkIsFoundOnceWhole(int at) {
        String line = words(at) + " " + LOGON + " " + words(200_000);
        byte[] log = bytes(line + "\nnext\n");

        for (int write : new int[] {log.length, 65_536, 4093}) {
            ScanResult result = scanInWrites(LogScanner.defaults(), log, write);

            assertThat(result.findings())
                    .as("writes of %d bytes", write)
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.id()).isEqualTo("oracle.ORA-01017");
                        assertThat(finding.count()).isEqualTo(1);
                        assertThat(finding.message()).startsWith("invalid username/password; logon denied applied the");
                    });
        }
    }

    /** The repro of the defect: a second error far along a long line was dropped. */
    @Test
    void findsEveryErrorAlongALongLineNotOnlyTheFirst() {
        StringBuilder line = new StringBuilder("x".repeat(10_000))
                .append(" ORA-00942: table or view does not exist ")
                .append("x".repeat(140_000))
                .append(" ")
                .append(LOGON)
                .append(" ")
                .append("x".repeat(50_000));

        ScanResult result = scan("SQL> select 1;\n" + line + "\nSQL> exit\n");

        assertThat(result.findings())
                .extracting(Finding::id, Finding::line)
                .containsExactly(tuple("oracle.ORA-00942", 2L), tuple("oracle.ORA-01017", 2L));
    }

    @Test
    void findsEveryDistinctErrorOnALineAndCountsTheRepeatedOnes() {
        List<String> tables = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (int table = 0; table < 200; table++) {
                tables.add("t" + table);
                line.append("psql:deploy.sql:9: ERROR:  relation \"t")
                        .append(table)
                        .append("\" does not exist ")
                        .append(words(1500));
            }
        }

        ScanResult result = scan(line + "\n");

        assertThat(result.findings()).hasSize(200).allSatisfy(finding -> {
            assertThat(finding.id()).isEqualTo("postgresql.42P01");
            assertThat(finding.count()).as(finding.message()).isEqualTo(3);
            assertThat(finding.lines()).containsExactly(1L);
        });
        assertThat(result.findings())
                .extracting(finding ->
                        finding.message().substring(0, finding.message().indexOf(" does not exist")))
                .containsExactlyElementsOf(tables.subList(0, 200).stream()
                        .map(table -> "relation \"" + table + "\"")
                        .toList());
    }

    @Test
    void errorsOfDifferentToolsCloseTogetherOnALongLineAreAllFound() {
        String line = words(3000) + " ERROR 1146 (42S02) at line 3: Table 'shop.orders' doesn't exist " + words(300)
                + " psql:deploy.sql:12: ERROR:  relation \"orders\" does not exist " + words(300)
                + " Msg 208, Level 16, State 1, Server db, Line 1 Invalid object name 'orders'. " + words(300)
                + " ORA-00942: table or view does not exist ORA-06512: at line 4 " + words(3000);

        ScanResult result = scan(line + "\n");

        assertThat(result.findings())
                .extracting(Finding::id)
                .containsExactly(
                        "mysql.1146", "postgresql.42P01", "sqlserver.208", "oracle.ORA-00942", "oracle.ORA-06512");
    }

    @Test
    void aLineOfOneErrorRepeatedCountsEveryRepeat() {
        String line = ("ORA-00942: table or view does not exist " + ".".repeat(1500)).repeat(100);

        ScanResult result = scan(line + "\n" + line + "\n");

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("oracle.ORA-00942");
            assertThat(finding.count()).isEqualTo(200);
            assertThat(finding.lines()).containsExactly(1L, 2L);
        });
    }

    @Test
    void aSecretCutByTheEndOfAChunkIsMaskedInWhatTheFindingShows() {
        String secret = "Zq7-Straddling-S3cret";
        String before =
                words(65_536 - 10 - LOGON.length() - " --password=".length() - 1) + " " + LOGON + " --password=";
        String line = before + secret + " " + words(100_000);
        assertThat(before.length()).isLessThan(65_536).isGreaterThan(65_536 - secret.length());

        ScanResult result = scan(line + "\n");

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("oracle.ORA-01017");
            assertThat(finding.message()).contains("--password=****").doesNotContain("S3cret");
        });
        assertThat(Json.write(result.toJson())).doesNotContain("S3cret", "Straddling");
    }

    /** A window of a long line is redacted with the bytes after it: a key its end cuts is masked in it. */
    @Test
    void aSecretCutByTheEndOfAWindowIsMaskedInIt() {
        String token = "AKIAIOSFODNN7EXAMPLE";
        String start = "LINE 1: INSERT INTO keys VALUES ('";
        // The statement's line is read from its start, in a window that ends inside the key.
        String statement =
                start + "k".repeat(LineWindows.AFTER - start.length() - 4 - 6) + "', '" + token + "'), " + words(3000);

        ScanResult result = scan("psql:deploy.sql:3: ERROR:  relation \"keys\" does not exist\n" + statement + "\n");

        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.statement())
                .endsWith("**** …")
                .doesNotContain("AKIAIO"));
        assertThat(Json.write(result.toJson())).doesNotContain("AKIAIO");
    }

    @Test
    void aLongLineShowsItsBeginningCutAndMarkedWhereverItsErrorIs() {
        String line = "BEGIN-OF-LINE " + words(200_000) + " " + LOGON + " " + words(1000);

        ScanResult result = scan("before\n" + line + "\nafter\n");

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.context()).hasSize(3);
            assertThat(finding.context().get(0)).isEqualTo("before");
            assertThat(finding.context().get(1))
                    .startsWith("BEGIN-OF-LINE applied")
                    .endsWith(" …")
                    .hasSizeLessThanOrEqualTo(FindingStore.MAX_CONTEXT_LINE + 2);
            assertThat(finding.context().get(2)).isEqualTo("after");
        });
    }

    @Test
    void aStatementOnALongLineIsCutAndMarked() {
        String statement = "INSERT INTO orders VALUES " + "(1, 'pending'), ".repeat(2000);

        ScanResult result =
                scan("psql:deploy.sql:3: ERROR:  relation \"orders\" does not exist\n" + "LINE 1: " + statement + "\n");

        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.statement())
                .startsWith("INSERT INTO orders VALUES (1, 'pending'),")
                .endsWith(" …")
                .hasSizeLessThan(1100));
    }

    @Test
    void aLongLineThatOnlyQuotesErrorsIsNoFinding() {
        String line = "+ echo '" + words(100_000) + " " + LOGON + " " + words(100) + "'";

        assertThat(scan(line + "\n").findings()).isEmpty();
    }

    @Test
    void aPatternWithoutALiteralIsMatchedAlongALongLine() {
        CatalogEntry lag = new CatalogEntry(
                "acme.lag", null, null, null, "Replica lag", "(?i)replica.{0,3}lag", Severity.ERROR, "Wait.", null);
        LogScanner scanner = new LogScanner(Catalogue.builtIn().with(List.of(lag)), ScanOptions.defaults());

        ScanResult result = scanner.scan(bytes(words(150_000) + " Replica  Lag exceeded " + words(1000) + "\n"));

        assertThat(result.findings()).extracting(Finding::id).containsExactly("acme.lag");
    }

    /**
     * A line of 1 GiB read from a stream: its errors at the start, the middle and the end are
     * found, and the heap the scan takes does not grow with the line (it keeps a chunk of it).
     */
    @Test
    void readsALineOfAGibibyteInMemoryThatDoesNotGrowWithIt() throws Exception {
        long length = 1L << 30;
        InputStream log = new GeneratedLine(
                length,
                List.of(
                        new Placed(1_000, LOGON),
                        new Placed(length / 2, "ORA-00942: table or view does not exist"),
                        new Placed(length - 5_000, "ORA-01031: insufficient privileges")));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        ScanResult result = LogScanner.defaults().scan(log);

        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(result.bytesScanned()).isEqualTo(length + 1);
        assertThat(result.findings())
                .extracting(Finding::id)
                .containsExactly("oracle.ORA-01017", "oracle.ORA-00942", "oracle.ORA-01031");
        assertThat(peak - before).as("heap taken by the scan").isLessThan(64L * MIB);
    }

    /** Ordinary words, {@code length} characters of them. */
    private static String words(int length) {
        StringBuilder text = new StringBuilder(length + WORDS.length());
        while (text.length() < length) {
            text.append(WORDS);
        }
        text.setLength(Math.max(0, length));
        return text.toString();
    }

    private record Placed(long at, String text) {}

    /**
     * One line of {@code length} bytes of {@link #WORDS} with texts placed in it, and a line feed:
     * made as it is read.
     */
    private static final class GeneratedLine extends InputStream {

        private static final int MAX_READ = MIB;

        private final long length;
        private final List<Placed> placed;
        /** The words over and over, longer than any read by one round of them, to copy reads from. */
        private final byte[] tile;

        private final int period = WORDS.length();
        private long position;

        GeneratedLine(long length, List<Placed> placed) {
            this.length = length;
            this.placed = placed;
            this.tile = words(MAX_READ + period).getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position > length) {
                return -1;
            }
            int n = (int) Math.min(Math.min(count, MAX_READ), length + 1 - position);
            System.arraycopy(tile, (int) (position % period), buffer, offset, n);
            for (Placed text : placed) {
                byte[] bytes = (" " + text.text() + " ").getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < bytes.length; i++) {
                    long at = text.at() - 1 + i;
                    if (at >= position && at < position + n) {
                        buffer[offset + (int) (at - position)] = bytes[i];
                    }
                }
            }
            if (position + n > length) {
                buffer[offset + n - 1] = '\n';
            }
            position += n;
            return n;
        }
    }

    private static ScanResult scanInWrites(LogScanner scanner, byte[] log, int write) {
        ScanSession session = scanner.start();
        for (int i = 0; i < log.length; i += write) {
            session.write(log, i, Math.min(write, log.length - i));
        }
        return session.finish();
    }

    private static ScanResult scan(String log) {
        return LogScanner.defaults().scan(bytes(log));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
