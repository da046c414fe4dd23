package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scan --format sarif} and {@code report --format sarif}: valid SARIF 2.1.0, one result
 * per finding with its catalogue entry as rule, readable by warnings-ng.
 *
 * <p>The schema, {@code src/test/resources/sarif/sarif-schema-2.1.0.json}, is the OASIS standard's
 * (errata 01), as kept in the SARIF technical committee's repository:
 * https://github.com/oasis-tcs/sarif-spec/blob/e0583813964ec43cea53b6b531b402866095ed1f/sarif-2.1/schema/sarif-schema-2.1.0.json
 * (its {@code id}: https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json).
 */
class SarifOutputTest {

    private static final String EXAMPLES = "../docs/examples/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SARIF_SCHEMA = schema();

    @TempDir
    Path temp;

    static Stream<String> exampleLogs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(EXAMPLES))) {
            return files
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".log"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleLogs")
    void scanOfEveryExampleLogIsValidSarif(String log) {
        CliRun run = CliRun.of("scan", "--format", "sarif", EXAMPLES + log);

        assertThat(run.err()).isEmpty();
        assertThat(schemaErrors(run.out())).isEmpty();
    }

    @Test
    void aFailureNobodyRecognisedIsValidSarifWithOneErrorResultAtTheOutputsEnd() {
        CliRun run =
                CliRun.of("scan", "--exit-code", "1", "--format", "sarif", EXAMPLES + "flyway-plugin-not-resolved.log");

        assertThat(schemaErrors(run.out())).isEmpty();
        JsonNode result = firstResult(run.out());
        assertThat(results(run.out())).hasSize(1);
        assertThat(result.get("ruleId").asString()).isEqualTo("deploy-gate.unrecognised-failure");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(16);
    }

    @Test
    void theSchemaRefusesALevelSarifDoesNotHave() {
        String sarif = CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log")
                .out();

        assertThat(schemaErrors(sarif.replaceFirst("\"level\":\"error\"", "\"level\":\"fatal\"")))
                .isNotEmpty();
    }

    @Test
    void reportForStakeholdersHasNoSarifSinceItHoldsLogLines() {
        CliRun run = CliRun.of(
                "report", "--log", EXAMPLES + "flyway-failure.log", "--audience", "stakeholders", "--format", "sarif");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("deploy-gate report: --format sarif holds the findings");
    }

    @Test
    void reportOfADeploymentIsValidSarifWithTheSameResultsAsTheScan() {
        CliRun report = CliRun.of("report", "--log", EXAMPLES + "flyway-failure.log", "--format", "sarif");
        CliRun scan = CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(schemaErrors(report.out())).isEmpty();
        assertThat(results(report.out())).isEqualTo(results(scan.out()));
    }

    @Test
    void oneResultPerFindingWithItsCatalogueEntryAsRule() throws IOException {
        List<Finding> findings = scan(Path.of(EXAMPLES, "flyway-failure.log")).findings();

        JsonNode run = JSON.readTree(CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log")
                        .out())
                .get("runs")
                .get(0);

        assertThat(run.at("/tool/driver/name").asString()).isEqualTo("deploy-gate");
        assertThat(run.at("/tool/driver/version").asString()).isNotBlank();
        assertThat(run.at("/tool/driver/informationUri").asString())
                .isEqualTo("https://github.com/jenkinsci/deploy-gate-plugin");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonNode result = results.get(i);
            assertThat(result.get("ruleId").asString()).isEqualTo(finding.id());
            assertThat(result.at("/message/text").asString()).isEqualTo(finding.message());
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asString())
                    .isEqualTo(EXAMPLES + "flyway-failure.log");
            assertThat(result.at("/locations/0/physicalLocation/region/startLine")
                            .asLong())
                    .isEqualTo(finding.line());
            assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asString())
                    .matches("[0-9a-f]{16}:1");
            JsonNode rule = rule(run, finding.id());
            assertThat(rule.at("/shortDescription/text").asString()).isEqualTo(finding.title());
            assertThat(rule.at("/help/text").asString()).isEqualTo(finding.fix());
            assertThat(rule.get("helpUri").asString()).isEqualTo(finding.link());
        }
        assertThat(run.at("/tool/driver/rules"))
                .hasSize((int) findings.stream().map(Finding::id).distinct().count());
    }

    @Test
    void theMigrationScriptAndLineAreARelatedLocation() {
        JsonNode result = firstResult(CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log")
                .out());

        JsonNode related = result.at("/relatedLocations/0");
        assertThat(related.at("/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("V3__add_orders.sql");
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(related.at("/message/text").asString())
                .isEqualTo("Migration V3__add_orders.sql (version 3, line 12)");
    }

    @Test
    void theLevelFollowsTheSeverity() throws IOException {
        Path log = Files.writeString(
                temp.resolve("levels.log"),
                String.join(
                        "\n",
                        "ORA-00942: table or view does not exist",
                        "ORA-06512: at line 5",
                        "psql:deploy.sql:12: ERROR:  current transaction is aborted, commands ignored until end of"
                                + " transaction block",
                        ""));

        CliRun run = CliRun.of("scan", "--format", "sarif", log.toString());

        assertThat(schemaErrors(run.out())).isEmpty();
        JsonNode run0 = JSON.readTree(run.out()).at("/runs/0");
        assertThat(run0.get("results"))
                .extracting(result -> result.get("ruleId").asString() + "="
                        + result.get("level").asString())
                .contains("oracle.ORA-00942=error", "oracle.ORA-06512=note", "postgresql.25P02=warning");
        assertThat(rule(run0, "oracle.ORA-06512")
                        .at("/defaultConfiguration/level")
                        .asString())
                .isEqualTo("note");
    }

    @Test
    void aSecretInTheLogNeverReachesTheSarif() throws IOException {
        Path log = Files.writeString(
                temp.resolve("secret.log"),
                String.join(
                        "\n",
                        "+ flyway -url=jdbc:postgresql://app:Pg-S3cret@db:5432/shop -password=Fly-S3cret migrate",
                        "ERROR: Unable to obtain connection from database (jdbc:postgresql://app:Pg-S3cret@db:5432/shop)"
                                + " for user 'app': FATAL: password authentication failed for user \"app\"",
                        "SQL State  : 28P01",
                        "Message    : FATAL: password authentication failed for user \"app\" -password=Fly-S3cret",
                        ""));

        CliRun run = CliRun.of("scan", "--format", "sarif", log.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"results\":[{").doesNotContain("Pg-S3cret", "Fly-S3cret");
    }

    @Test
    void logsAreNamedAsGivenRelativeOrAbsolute() throws IOException {
        Path absolute = Files.writeString(temp.resolve("with space.log"), "ORA-00942: table or view does not exist\n");

        assertThat(uri(CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log")))
                .isEqualTo("../docs/examples/flyway-failure.log");
        assertThat(uri(CliRun.of("scan", "--format", "sarif", absolute.toString())))
                .isEqualTo(absolute.toUri().toString());
    }

    @Test
    void warningsNgReadsEveryFindingWithItsFileLineSeverityAndRule() throws IOException {
        Path sarif = Files.writeString(
                temp.resolve("deploy-gate.sarif"),
                CliRun.of("scan", "--format", "sarif", EXAMPLES + "flyway-failure.log")
                        .out());
        List<Finding> findings = scan(Path.of(EXAMPLES, "flyway-failure.log")).findings();

        Report report = new SarifAdapter().parse(new FileReaderFactory(sarif));

        assertThat(report.getErrorMessages()).isEmpty();
        assertThat(report).hasSize(findings.size());
        for (Finding finding : findings) {
            Issue issue = report.stream()
                    .filter(candidate -> candidate.getType().equals(finding.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(issue.getFileName()).endsWith("docs/examples/flyway-failure.log");
            assertThat(issue.getLineStart()).isEqualTo(finding.line());
            // warnings-ng's scale: a SARIF error is a high-priority warning.
            assertThat(issue.getSeverity()).isEqualTo(edu.hm.hafner.analysis.Severity.WARNING_HIGH);
            assertThat(issue.getMessage()).contains(finding.message(), finding.fix());
        }
    }

    private static io.jenkins.plugins.deploygate.engine.capture.ScanResult scan(Path log) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            return new LogScanner(Catalogue.builtIn(), ScanOptions.defaults()).scan(in);
        }
    }

    private static List<Error> schemaErrors(String sarif) {
        return SARIF_SCHEMA.validate(sarif, InputFormat.JSON);
    }

    private static JsonNode results(String sarif) {
        return JSON.readTree(sarif).at("/runs/0/results");
    }

    private static JsonNode firstResult(String sarif) {
        return results(sarif).get(0);
    }

    private static String uri(CliRun run) {
        return firstResult(run.out())
                .at("/locations/0/physicalLocation/artifactLocation/uri")
                .asString();
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static Schema schema() {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("the SARIF schema is missing from the test resources", e);
        }
    }
}
