package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the scanner reads: chunks, line ends, long lines, bad bytes, context, caps, silent failures. */
class ScanBehaviourTest {

    private static final String PSQL_ERROR = "psql:deploy.sql:9: ERROR:  relation \"orders\" does not exist";

    static Stream<String> fixtures() {
        return Stream.of(
                "flyway-postgres.log",
                "flyway-validate.log",
                "flyway-maven-mysql.log",
                "flyway-oracle.log",
                "liquibase-postgres.log",
                "liquibase-checksum-lock.log",
                "psql.log",
                "sqlplus.log",
                "mysql.log",
                "sqlcmd.log",
                "jenkins-raw-sqlplus.log");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void findsTheSameWhateverTheChunksTheLogArrivesIn(String fixture) {
        byte[] log = Fixtures.log(fixture);
        ScanResult whole = LogScanner.defaults().scan(log);
        for (int chunk : new int[] {1, 7, 4096}) {
            ScanSession session = LogScanner.defaults().start();
            for (int i = 0; i < log.length; i += chunk) {
                session.write(log, i, Math.min(chunk, log.length - i));
            }
            assertThat(session.finish()).as("chunks of %d bytes", chunk).isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void neverLetsASecretFromTheFixturesThrough(String fixture) {
        String json = io.jenkins.plugins.deploygate.engine.json.Json.write(
                Fixtures.scan(fixture, ScanOptions.defaults().withContext(100)).toJson());
        assertThat(json)
                .doesNotContain(
                        "S3cr3t-Flyway",
                        "Lb-S3cret",
                        "pg-Secr3t",
                        "Tiger#2026",
                        "My-S3cret",
                        "Ms-S3cret",
                        "Maven-S3cret",
                        "Ora-S3cret",
                        "Ora#Pw2026");
    }

    @Test
    void countsLinesAndBytesIncludingALastLineWithoutLineEnd() {
        ScanResult result = scan("one\r\ntwo\n" + PSQL_ERROR);

        assertThat(result.linesScanned()).isEqualTo(3);
        assertThat(result.bytesScanned()).isEqualTo(9 + PSQL_ERROR.length());
        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.line())
                .isEqualTo(3));
    }

    @Test
    void toleratesJenkinsTimestampsAndAnsiColours() {
        ScanResult result = scan(
                "[2026-11-20T14:00:01.123Z] \u001B[31mERROR 1146 (42S02) at line 3: Table 'a.b' doesn't exist\u001B[0m\n"
                        + "12:00:01 ERROR 1050 (42S01) at line 4: Table 'a.c' already exists\n");

        assertThat(result.findings()).extracting(Finding::id).containsExactly("mysql.1146", "mysql.1050");
        assertThat(result.findings().get(0).context().get(0)).doesNotContain("\u001B");
    }

    @Test
    void keepsTheRequestedLinesOfContextAroundTheFirstOccurrence() {
        ScanResult result = new LogScanner(
                        Catalogue.builtIn(), ScanOptions.defaults().withContext(2))
                .scan(bytes("a\nb\nc\n" + PSQL_ERROR + "\nd\ne\nf\n" + PSQL_ERROR + "\n"));

        Finding finding = result.findings().get(0);
        assertThat(finding.context()).containsExactly("b", "c", PSQL_ERROR, "d", "e");
        assertThat(finding.count()).isEqualTo(2);
        assertThat(finding.line()).isEqualTo(4);
    }

    @Test
    void readsTheRestOfALineLongerThan64KibSoThatNoErrorInItIsDropped() {
        String longLine = "x".repeat(200_000) + " ORA-00942: table or view does not exist";
        ScanResult result = scan(longLine + "\n" + PSQL_ERROR + "\n");

        assertThat(result.linesScanned()).isEqualTo(2);
        assertThat(result.findings())
                .extracting(Finding::id, Finding::line)
                .containsExactly(tuple("oracle.ORA-00942", 1L), tuple("postgresql.42P01", 2L));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4096, 65_536 - 20, 65_536 - 5, 65_536, 65_536 + 3, 200_000})
    void anErrorAnywhereInALongLineIsFoundOnceWhateverTheWritesSizes(int at) {
        String line = "y".repeat(at) + " ORA-01017: invalid username/password; logon denied " + "z".repeat(70_000);
        byte[] log = (line + "\nnext\n").getBytes(StandardCharsets.UTF_8);

        for (int write : new int[] {log.length, 8192, 1000}) {
            ScanSession session = LogScanner.defaults().start();
            for (int i = 0; i < log.length; i += write) {
                session.write(log, i, Math.min(write, log.length - i));
            }
            ScanResult result = session.finish();

            assertThat(result.linesScanned()).isEqualTo(2);
            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.id()).isEqualTo("oracle.ORA-01017");
                assertThat(finding.line()).isEqualTo(1);
                assertThat(finding.count()).isEqualTo(1);
            });
        }
    }

    /**
     * The scan probes every fourth byte of what it is given, across lines: an error line is found
     * wherever it starts, whatever the writes it arrives in.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                PSQL_ERROR,
                "ORA-00942: table or view does not exist",
                "ERROR 1146 (42S02) at line 3: Table 'shop.orders' doesn't exist",
                "Unexpected error running Liquibase: Could not acquire change log lock.  Currently locked by x",
                "psql: error: connection to server at \"db\", port 5432 failed: fe_sendauth: no password supplied",
                "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"a\""
            })
    void anErrorLineIsFoundWhereverItStartsInTheBytesWritten(String errorLine) {
        for (int offset = 0; offset < 12; offset++) {
            byte[] log = bytes("x".repeat(offset) + "\n" + errorLine + "\nz\n");
            for (int write : new int[] {log.length, 9, 3}) {
                ScanSession session = LogScanner.defaults().start();
                for (int i = 0; i < log.length; i += write) {
                    session.write(log, i, Math.min(write, log.length - i));
                }
                assertThat(session.finish().findings())
                        .as("offset %d, writes of %d", offset, write)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void aLineWithAProgressAnchorAndAnErrorIsAnalysed() {
        ScanResult result =
                scan("UPDATE SUMMARY " + "x".repeat(3000) + " ERROR 1146 (42S02): Table 'a.b' doesn't exist\n");

        assertThat(result.findings()).extracting(Finding::id).containsExactly("mysql.1146");
    }

    /**
     * Errors packed closer than a window's chain are read a window at a time, as a line holding
     * them would be: one error, its repeats counted, and its message cut at the window's end or
     * running to the line's.
     */
    @Test
    void aCraftedLineOfRepeatedErrorsIsOneErrorRepeated() {
        String line = "psql:a.sql:1: ERROR:  relation \"x\" does not exist ".repeat(2000);

        ScanResult result = scan(line + "\n" + line + "\n");

        assertThat(result.findings()).hasSizeBetween(1, 2).allSatisfy(finding -> {
            assertThat(finding.id()).isEqualTo("postgresql.42P01");
            assertThat(finding.message()).startsWith("relation \"x\" does not exist psql:a.sql:1: ERROR:");
            assertThat(finding.lines()).containsExactly(1L, 2L);
        });
        assertThat(result.findings().stream().mapToLong(Finding::count).sum())
                .as("the windows of each line")
                .isGreaterThan(2 * 100_000 / (LineWindows.CHAIN_SPAN + LineWindows.BEFORE));
    }

    /**
     * Cut at the 4000 characters a finding keeps (columns of 100 characters), or where the block's
     * 60 lines end (columns of 10): either way, marked.
     */
    @ParameterizedTest
    @ValueSource(ints = {100, 10})
    void aStatementLongerThanAFindingKeepsIsCutAndMarked(int columnLength) {
        StringBuilder log = new StringBuilder("ERROR: Migration V3__add_orders.sql failed\n")
                .append("------------------------------------\n")
                .append("SQL State  : 42P01\n")
                .append("Error Code : 0\n")
                .append("Message    : ERROR: relation \"customers\" does not exist\n")
                .append("Location   : db/migration/V3__add_orders.sql (/w/db/migration/V3__add_orders.sql)\n")
                .append("Line       : 12\n")
                .append("Statement  : CREATE TABLE orders (\n");
        for (int column = 0; column < 200; column++) {
            log.append("    c")
                    .append(column)
                    .append(' ')
                    .append("x".repeat(columnLength))
                    .append(",\n");
        }
        log.append("    id BIGINT)\n\n");

        ScanResult result = scan(log.toString());

        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.statement())
                .startsWith("CREATE TABLE orders (\n    c0 xxx")
                .endsWith(" …")
                .hasSizeLessThanOrEqualTo(4000 + " …".length()));
    }

    @Test
    void survivesInvalidUtf8AndNulBytes() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, '\n'});
        log.writeBytes("ERROR 1146 (42S02): Table 'a.\u0000b' doesn't exist \u00e9".getBytes(StandardCharsets.UTF_8));
        log.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82, '\n'});

        ScanResult result = LogScanner.defaults().scan(log.toByteArray());

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("mysql.1146");
            assertThat(finding.message()).doesNotContain("\u0000");
            assertThat(finding.context()).allSatisfy(line -> assertThat(line).doesNotContain("\u0000"));
        });
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfDistinctFindingsAndSaysHowManyWereDropped() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            log.append("ERROR 1146 (42S02): Table 'shop.t").append(i).append("' doesn't exist\n");
        }
        ScanResult result = new LogScanner(
                        Catalogue.builtIn(), ScanOptions.defaults().withMaxFindings(10))
                .scan(bytes(log.toString()));

        assertThat(result.findings()).hasSize(10);
        assertThat(result.findingsDropped()).isEqualTo(40);
        assertThat(result.toJson()).containsEntry("findingsDropped", 40L);
    }

    @Test
    void errorsWhileTheCommandExitedZeroAreASilentFailure() {
        ScanOptions exitedZero = ScanOptions.defaults().withExitCode(0);
        LogScanner scanner = new LogScanner(Catalogue.builtIn(), exitedZero);

        assertThat(scanner.scan(bytes(PSQL_ERROR)).silentFailure()).isTrue();
        assertThat(scanner.scan(bytes("psql:a.sql:1: ERROR:  current transaction is aborted, commands ignored"
                                + " until end of transaction block"))
                        .silentFailure())
                .as("a consequence alone is not an error")
                .isFalse();
        assertThat(new LogScanner(Catalogue.builtIn(), exitedZero.withExitCode(3))
                        .scan(bytes(PSQL_ERROR))
                        .silentFailure())
                .isFalse();
        assertThat(LogScanner.defaults().scan(bytes(PSQL_ERROR)).silentFailure())
                .as("exit status unknown")
                .isFalse();
    }

    @Test
    void jsonHasExactlyTheContractKeys() {
        ScanResult result = Fixtures.scan("flyway-postgres.log");

        assertThat(result.toJson()).containsOnlyKeys("linesScanned", "bytesScanned", "silentFailure", "findings");
        assertThat(result.findings().get(0).toJson())
                .containsOnlyKeys(
                        "id",
                        "engine",
                        "tool",
                        "code",
                        "severity",
                        "title",
                        "message",
                        "line",
                        "count",
                        "lines",
                        "migration",
                        "statement",
                        "wrapper",
                        "fix",
                        "context");
        assertThat(io.jenkins.plugins.deploygate.engine.json.Json.write(
                        result.findings().get(0).toJson()))
                .startsWith("{\"id\":\"postgresql.42P01\",\"engine\":\"postgresql\",\"tool\":\"flyway\","
                        + "\"code\":\"42P01\",\"severity\":\"ERROR\",\"title\":\"Relation does not exist\","
                        + "\"message\":\"relation \\\"customers\\\" does not exist\",\"line\":22,\"count\":1,"
                        + "\"lines\":[22],\"migration\":{\"version\":\"3\",\"script\":\"V3__add_orders.sql\",\"line\":12,"
                        + "\"author\":null},\"statement\":\"CREATE TABLE orders (\\n    id BIGSERIAL PRIMARY KEY,\\n");
    }

    @Test
    void linesFedOneByOneGiveTheSameResultAsBytes() {
        ScanSession session = LogScanner.defaults().start();
        for (String line : new String(Fixtures.log("psql.log"), StandardCharsets.UTF_8).split("\n")) {
            session.writeLine(line);
        }
        assertThat(session.finish()).isEqualTo(Fixtures.scan("psql.log"));
    }

    private static ScanResult scan(String log) {
        return LogScanner.defaults().scan(bytes(log));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
