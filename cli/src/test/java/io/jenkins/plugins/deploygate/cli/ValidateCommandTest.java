package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String RULES = "src/test/resources/rules/";

    @Test
    void documentedExampleIsValid() {
        CliRun run = CliRun.of("validate", "../docs/examples/rules.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo("../docs/examples/rules.yaml: valid: 3 environments, 2 groups, zone Europe/Berlin"
                        + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void defaultsAreUtcAndNoGroups() {
        CliRun run = CliRun.of("validate", RULES + "minimal.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: 1 environment, 0 groups, zone UTC");
    }

    @Test
    void everyProblemIsReportedWithFileLineAndField() {
        String file = RULES + "many-problems.yaml";

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .containsExactly(
                        file
                                + ":4: calendar.zone: \"Europe/Berln\" is not a time zone (an IANA name like Europe/Berlin)",
                        file + ":5: calendar.workdays[2]: \"WEDS\" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)",
                        file + ":6: calendar.holidays[1]: \"2026-13-01\" is not a date (2026-12-24)",
                        file + ":10: groups[0].owner: unknown key; expected one of name, members",
                        file + ":13: environments[0].leadTime: \"2 bussiness days\" is not a duration (48h, 90m, 1d12h)"
                                + " or \"N business days\"",
                        file + ":16: environments[0].approvals[0].count: \"0\" is not a whole number of 1 or more",
                        file
                                + ":18: environments[0].approvals[1].count: 2 approvals can never come from the 1 listed users",
                        file + ":19: environments[0].separationOfDuties: \"yes\" is not true or false",
                        file + ":20: environments[0].windows[0]: \"Tus 18:00-22:00\": \"Tus\" is not a day"
                                + " (Mon, Tue, Wed, Thu, Fri, Sat, Sun)",
                        file + ":23: environments[0].freezes[0].to: \"2026-12-01T00:00\" must be after from"
                                + " \"2026-12-18T00:00\"",
                        file + ":26: environments[0].exceptions.waive[1]: \"environment\" is not a check an exception"
                                + " can waive (leadTime, window, freeze, approvals)",
                        file + ":27: environments[0].approvalTimout: unknown key; did you mean approvalTimeout?"
                                + " expected one of name, leadTime, trustRequestedAt, approvals, separationOfDuties,"
                                + " windows, closedOnHolidays, freezes, exceptions, approvalTimeout",
                        file
                                + ":29: environments[2].name: \"qa\" can never match: environments[1] (\"*\") matches first");
    }

    @Test
    void yamlSyntaxErrorGivesTheLineAndNoStackTrace() {
        CliRun run = CliRun.of("validate", RULES + "syntax-error.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(RULES + "syntax-error.yaml:6: yaml: ").doesNotContain("\tat ", "Exception");
    }

    @Test
    void aWholeJcascFileIsValidatedForItsDeployGateSectionAlone() {
        CliRun run = CliRun.of("validate", RULES + "whole-jcasc.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid");
    }

    @Test
    void acceptsTheDbasCatalogueEntries() {
        CliRun run = CliRun.of("validate", RULES + "with-catalog.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void refusesACatalogueEntryJenkinsWouldRefuseNamingItsLine() {
        CliRun run = CliRun.of("validate", RULES + "bad-catalog.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        RULES + "bad-catalog.yaml:8: catalog[0].pattern: pattern is not a valid regular expression");
    }

    @Test
    void aJcascFileWithoutTheDeployGateSectionIsRefused() {
        CliRun run = CliRun.of("validate", RULES + "no-deploy-gate.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(RULES + "no-deploy-gate.yaml:4: unclassified.deployGate: missing" + System.lineSeparator());
    }

    @Test
    void rulesWithoutEnvironmentsAreRefused() {
        CliRun run = CliRun.of("validate", RULES + "no-environments.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("environments: missing: list at least one environment rule");
    }

    @Test
    void missingFileIsInvalidInput(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(dir.resolve("nope.yaml") + ": cannot read: no such file" + System.lineSeparator());
    }

    @Test
    void emptyFileIsInvalidInput(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");

        CliRun run = CliRun.of("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.yaml:1: unclassified: missing: the file is empty");
    }

    @Test
    void duplicateNamesAndKeysAreErrors(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(
                dir.resolve("dup.yaml"),
                """
                unclassified:
                  deployGate:
                    groups:
                      - name: dba
                      - name: dba
                    environments:
                      - name: production
                        leadTime: 4h
                        leadTime: 8h
                      - name: production
                """);

        CliRun run = CliRun.of("validate", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        rules + ":5: groups[1].name: \"dba\" is already groups[0]",
                        rules + ":9: environments[0].leadTime: given twice",
                        rules + ":10: environments[1].name: \"production\" is listed twice (environments[0]); only the"
                                + " first can match");
    }

    @Test
    void documentThatIsNotAMappingIsRefused(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("list.yaml"), "- production\n- staging\n");

        CliRun run = CliRun.of("validate", list.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(list + ":1: (document): expected keys, found a list" + System.lineSeparator());
    }

    @Test
    void tabsAndSecondDocumentsAreSyntaxErrorsWithTheirLine(@TempDir Path dir) throws Exception {
        Path tabs = Files.writeString(dir.resolve("tabs.yaml"), "unclassified:\n\tdeployGate: {}\n");
        Path twoDocuments = Files.writeString(dir.resolve("two.yaml"), "a: 1\n---\nb: 2\n");

        assertThat(CliRun.of("validate", tabs.toString()).err()).startsWith(tabs + ":2: yaml: ");
        assertThat(CliRun.of("validate", twoDocuments.toString()).err()).startsWith(twoDocuments + ":2: yaml: ");
    }
}
