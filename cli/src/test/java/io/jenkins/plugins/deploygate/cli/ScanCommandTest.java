package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String FLYWAY_FAILURE = String.join(
            "\n",
            "[2026-11-20T14:00:01.102Z] + flyway -url=jdbc:postgresql://db:5432/shop -user=app -password=Fly-S3cret migrate",
            "[2026-11-20T14:00:04.312Z] Database: jdbc:postgresql://db:5432/shop (PostgreSQL 15.6)",
            "[2026-11-20T14:00:04.703Z] ERROR: Migration V3__add_orders.sql failed",
            "[2026-11-20T14:00:04.703Z] ------------------------------------",
            "[2026-11-20T14:00:04.703Z] SQL State  : 42P01",
            "[2026-11-20T14:00:04.703Z] Error Code : 0",
            "[2026-11-20T14:00:04.703Z] Message    : ERROR: relation \"orders\" does not exist",
            "[2026-11-20T14:00:04.703Z] Location   : db/migration/V3__add_orders.sql (/w/db/migration/V3__add_orders.sql)",
            "[2026-11-20T14:00:04.703Z] Line       : 12",
            "[2026-11-20T14:00:04.703Z] Statement  : INSERT INTO orders (id) VALUES (1)",
            "");

    @TempDir
    Path dir;

    @Test
    void exitsOneAndPrintsTheContractJsonWhenTheLogHasErrors() throws IOException {
        CliRun run = CliRun.of("scan", "--format", "json", "--exit-code", "0", log(FLYWAY_FAILURE));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("{\"linesScanned\":10,\"bytesScanned\":" + FLYWAY_FAILURE.length()
                        + ",\"silentFailure\":true,\"findings\":[{\"id\":\"postgresql.42P01\"")
                .contains(
                        "{\"id\":\"postgresql.42P01\",\"engine\":\"postgresql\",\"tool\":\"flyway\",\"code\":\"42P01\","
                                + "\"severity\":\"ERROR\",\"title\":\"Relation does not exist\","
                                + "\"message\":\"relation \\\"orders\\\" does not exist\",\"line\":7,\"count\":1,"
                                + "\"lines\":[7],"
                                + "\"migration\":{\"version\":\"3\",\"script\":\"V3__add_orders.sql\",\"line\":12,\"author\":null},"
                                + "\"statement\":\"INSERT INTO orders (id) VALUES (1)\","
                                + "\"wrapper\":{\"id\":\"flyway.migration-failed\",\"message\":\"Migration V3__add_orders.sql failed\","
                                + "\"line\":3},\"fix\":")
                .doesNotContain("Fly-S3cret");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailedDeploymentWithoutAKnownErrorExitsOneAndSaysSo() throws IOException {
        String log = "[ERROR] Plugin org.flywaydb:flyway-maven-plugin:99.0 or one of its dependencies could not be"
                + " resolved\n";

        CliRun json = CliRun.of("scan", "--format", "json", "--exit-code", "1", log(log));
        CliRun text = CliRun.of("scan", "--exit-code", "1", log(log));

        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out())
                .contains("\"findings\":[],\"unrecognisedFailure\":{\"exitStatus\":1,"
                        + "\"message\":\"no known error recognised\",\"firstLine\":1,\"lastLines\":[");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out())
                .containsIgnoringCase("Unrecognised failure")
                .contains("exit status 1")
                .contains("could not be resolved")
                .doesNotContainIgnoringCase("clean");
        assertThat(CliRun.of("scan", "--exit-code", "0", log(log)).exitCode())
                .as("the same output from a command that succeeded")
                .isZero();
    }

    @Test
    void exitsZeroForALogWithoutErrors() throws IOException {
        CliRun run = CliRun.of("scan", log("[INFO] BUILD SUCCESS\nSuccessfully applied 2 migrations\n"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Deployment log scan")
                .contains("CLEAN: No database or migration-tool errors found.")
                .contains("Lines scanned:  2");
    }

    @Test
    void readsStandardInputForDash() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("ERROR 1146 (42S02) at line 3: Table 'shop.orders' doesn't exist\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("scan", "--format", "json", "-");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("\"id\":\"mysql.1146\"", "\"silentFailure\":false");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void contextOptionSetsTheLinesAroundEachFinding() throws IOException {
        CliRun run = CliRun.of(
                "scan",
                "--format",
                "json",
                "--context",
                "0",
                log("a\nb\nORA-00942: table or view does not exist\nc\n"));

        assertThat(run.out()).contains("\"context\":[\"ORA-00942: table or view does not exist\"]");
    }

    @Test
    void htmlEscapesHostileLogText() throws IOException {
        CliRun run = CliRun.of(
                "scan",
                "--format",
                "html",
                log("psql:a.sql:1: ERROR:  relation \"<script>alert(1)</script>\" does not exist\n"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void jsonAndHtmlAreAsciiWhateverTheConsoleCharset() throws IOException {
        String log = log("psql:a.sql:1: ERROR:  relation \"caf\u00e9_\ud83d\ude00\" does not exist\n");

        assertThat(CliRun.of("scan", "--format", "json", log).out())
                .contains("relation \\\"caf\\u00e9_\\ud83d\\ude00\\\" does not exist")
                .matches("\\p{ASCII}*");
        assertThat(CliRun.of("scan", "--format", "html", log).out())
                .contains("caf&#x00e9;_&#x1f600;")
                .matches("\\p{ASCII}*");
    }

    @Test
    void markdownFormatListsFindings() throws IOException {
        CliRun run = CliRun.of("scan", "--format", "markdown", log(FLYWAY_FAILURE));

        assertThat(run.out()).startsWith("# Deployment log scan").contains("**Finding:** `postgresql.42P01`");
    }

    @Test
    void readsTheCatalogueFromTheRulesFileDbasApplyToJenkins() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                "--format",
                "json",
                "--catalog",
                "src/test/resources/rules/with-catalog.yaml",
                log("psql:deploy.sql:3: ERROR:  audit trigger refused: CHG-9 not registered\n"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "\"id\":\"acme.audit-trigger\"", "\"message\":\"audit trigger refused: CHG-9 not registered\"");
    }

    @Test
    void extraCatalogueAddsCodesAndPatterns() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                "--format",
                "json",
                "--catalog",
                resource("extra-catalog.yaml"),
                log("ORA-20001: release check failed: V41 missing\ncheck: replication lag of 45 s exceeds 30 s\n"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("\"id\":\"oracle.ORA-20001\"", "\"title\":\"Release check failed\"")
                .contains("\"id\":\"acme.replication-lag\"", "\"message\":\"45 s\"");
    }

    @Test
    void invalidCatalogueExitsTwoNamingFileLineAndFieldOfEveryProblem() throws Exception {
        String catalog = resource("bad-catalog.yaml");
        CliRun run = CliRun.of("scan", "--catalog", catalog, log("nothing\n"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(catalog + ":4: entries[0].severity: must be ERROR, WARNING or INFO, was 'FATAL'")
                .contains(catalog + ":10: entries[1].patern: unknown key")
                .contains(catalog + ":15: entries[2].pattern: pattern is not a valid regular expression")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBinaryFileExitsTwoNamingItAndWhyInsteadOfPassingAsClean() throws IOException {
        Path binary = Files.write(dir.resolve("deploy.tar"), new byte[] {'d', 'e', 'p', 0, 0, 0, 1, 2});
        CliRun run = CliRun.of("scan", binary.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(binary + ": it is binary (a NUL byte at offset 3), not a text log")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aGzippedLogIsScannedAsItsText() throws IOException {
        Path gzipped = dir.resolve("deploy.log.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("psql:a.sql:1: ERROR:  relation \"orders\" does not exist\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("scan", "--format", "json", gzipped.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"id\":\"postgresql.42P01\"");
    }

    @Test
    void catalogueEntryWithABackReferenceIsRefusedSayingWhy() throws IOException {
        Path catalog = Files.writeString(
                dir.resolve("backref.yaml"),
                "entries:\n  - id: acme.twice\n    title: Twice\n    pattern: '(a)\\1'\n"
                        + "    fix: Say it once, and the deployment goes through.\n");
        CliRun run = CliRun.of("scan", "--catalog", catalog.toString(), log("x\n"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(catalog + ":4: entries[0].pattern: pattern \"(a)\\1\" uses a back-reference (\\1), which"
                        + " Deploy Gate does not allow because it runs catalogue patterns on a linear-time engine"
                        + " (RE2/J) so that no pattern can stall a scan")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void catalogueThatIsNotYamlExitsTwoWithItsLine() throws IOException {
        Path catalog = Files.writeString(dir.resolve("broken.yaml"), "entries:\n  - id: [unclosed\n");
        CliRun run = CliRun.of("scan", "--catalog", catalog.toString(), log("x\n"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("deploy-gate scan: " + catalog + ":").contains("not valid YAML");
    }

    @Test
    void missingLogFileExitsTwoWithoutAStackTrace() {
        CliRun run = CliRun.of("scan", dir.resolve("missing.log").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.log").contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(CliRun.of("scan", "--format", "xml", log("x")).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", "--context", "-1", log("x")).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", "--exit-code", "abc", log("x")).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan").exitCode()).isEqualTo(2);
    }

    private String log(String text) throws IOException {
        return Files.writeString(dir.resolve("deploy-" + System.nanoTime() + ".log"), text)
                .toString();
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ScanCommandTest.class.getResource("/scan/" + name).toURI())
                .toString();
    }
}
