package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the command line parses and fails, the same for every command. */
class DeployGateCommandTest {

    private static final String RULES = "../docs/examples/rules.yaml";

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: deploy-gate", "validate", "check", "scan", "report");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "check", "scan", "report"})
    void everyCommandsHelpListsItsExitStatusesAndExamples(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Exit status:", "  0   ", "  2   ")
                .containsPattern("Examples:\\R  deploy-gate " + command);
        String examples = run.out().substring(run.out().indexOf("Examples:"));
        assertThat(examples.lines().skip(1))
                .as("examples that fit the help's width")
                .allMatch(line -> line.startsWith("  "));
    }

    @Test
    void versionNamesTheVersionAndTheCommit() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches("deploy-gate \\d+\\.\\d+\\S* \\((commit [0-9a-f]{7,}( with local changes)?"
                        + "|commit unknown: not built from a git checkout)\\)");
        if (Files.exists(Path.of("..", ".git"))) {
            assertThat(run.out()).containsPattern("\\(commit [0-9a-f]{7,}");
        }
    }

    @Test
    void missingCommandIsAUsageErrorWithAHint() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        "deploy-gate: a command is missing: validate, check, scan, report, help",
                        "Try 'deploy-gate --help' for more information.");
    }

    @Test
    void mistypedCommandIsRefusedWithWhatWasMeant() {
        CliRun run = CliRun.of("scna", "flyway.log");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        "deploy-gate: 'scna' is not a command; the commands are validate, check, scan, report, help",
                        "Did you mean scan?",
                        "Try 'deploy-gate --help' for more information.");
    }

    @Test
    void mistypedOptionIsRefusedWithWhatWasMeantAndNoUsageDump() {
        CliRun run = CliRun.of("scan", "--formt=json", "flyway.log");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        "deploy-gate scan: Unknown option: '--formt=json'",
                        "Did you mean --format?",
                        "Try 'deploy-gate scan --help' for more information.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anInvalidValueIsOneLineAndAHintToHelp() {
        CliRun run = CliRun.of("check", "--rules", RULES, "--environment", "production", "--now", "tomorrow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("deploy-gate check: --now")
                .contains("\"tomorrow\"");
        assertThat(run.err()).endsWith("Try 'deploy-gate check --help' for more information." + System.lineSeparator());
        assertThat(run.err()).doesNotContain("Usage:", "Exception", "\tat ");
    }

    @Test
    void formatsAudiencesAndOutcomesAreReadInAnyCase() {
        assertThat(CliRun.of("scan", "--format", "JSON", "../docs/examples/flyway-clean.log")
                        .out())
                .startsWith("{\"linesScanned\":");
        assertThat(CliRun.of("check", "--rules", RULES, "--environment", "qa", "--format", "Json")
                        .out())
                .startsWith("{\"environment\":\"qa\"");
        CliRun report = CliRun.of(
                "report",
                "--log",
                "../docs/examples/flyway-clean.log",
                "--audience",
                "STAKEHOLDERS",
                "--outcome",
                "rolled_back",
                "--format",
                "Text");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("was rolled back");
    }

    @Test
    void anArgumentStartingWithAtIsTakenLiterallyNotAsAFileToExpand() throws IOException {
        Path file = Files.writeString(temp.resolve("args"), "CHG-FROM-FILE");

        CliRun run =
                CliRun.of("check", "--rules", RULES, "--environment", "qa", "--change", "@" + file, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"change\":\"@" + file + "\"").doesNotContain("CHG-FROM-FILE");
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReasonInWords() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("logs"));

        CliRun missingCatalogue =
                CliRun.of("scan", "--catalog", temp.resolve("missing.yaml").toString(), RULES);
        CliRun directoryAsLog = CliRun.of("scan", directory.toString());

        assertThat(missingCatalogue.exitCode()).isEqualTo(2);
        assertThat(missingCatalogue.err())
                .startsWith("deploy-gate scan: cannot read catalogue " + temp.resolve("missing.yaml")
                        + ": no such file or directory");
        assertThat(directoryAsLog.exitCode()).isEqualTo(2);
        assertThat(directoryAsLog.err()).startsWith("deploy-gate scan: ").contains(directory + ": is a directory");
        assertThat(missingCatalogue.err() + directoryAsLog.err()).doesNotContain("Exception", "java.", "null", "\tat ");
    }

    @Test
    void aReportThatCannotBeWrittenNamesTheFileAndTheReason() {
        Path nowhere = temp.resolve("no-such-directory").resolve("report.html");

        CliRun run = CliRun.of("report", "--log", "../docs/examples/flyway-clean.log", "-o", nowhere.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("deploy-gate report: -o " + nowhere + ": cannot write: no such file or directory");
    }
}
