package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.report.Audience;
import io.jenkins.plugins.deploygate.engine.report.DeploymentReport;
import io.jenkins.plugins.deploygate.engine.report.Outcome;
import io.jenkins.plugins.deploygate.engine.report.PostMortemDraft;
import io.jenkins.plugins.deploygate.engine.report.ReportFormat;
import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deploy-gate report}: scans a deployment's log, joins the gate decision {@code check}
 * printed, and renders the report for one audience (docs/cli.md).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Renders a deployment's report: the stakeholder status or the developer fix report.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:The report was written.",
            "2:A usage error, invalid input or a file that cannot be read or written."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  deploy-gate report --log deploy.log --exit-code 1 -o fix-report.html",
            "  deploy-gate report --log deploy.log --decision decision.json \\",
            "      --audience stakeholders --format markdown",
            "  (decision.json: what 'deploy-gate check ... --format json' printed)"
        })
final class ReportCommand implements Callable<Integer> {

    /** Output formats, spelled as on the command line. */
    enum Format {
        html,
        markdown,
        text,
        json,
        sarif
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--log",
            required = true,
            paramLabel = "FILE",
            description =
                    "The deployment's output; - for standard input. Its last change is taken as the deployment's end.")
    private String log;

    @Option(
            names = "--decision",
            paramLabel = "DECISION.json",
            description = "What 'deploy-gate check --format json' printed.")
    private Path decision;

    @Option(names = "--exit-code", paramLabel = "N", description = "The deployment command's exit status.")
    private Integer exitCode;

    @Option(
            names = "--outcome",
            paramLabel = "OUTCOME",
            description = "${COMPLETION-CANDIDATES}. Default: FAILED when the gate did not open, the exit code"
                    + " is not 0 or errors were found; else SUCCESS.")
    private Outcome outcome;

    @Option(
            names = "--audience",
            defaultValue = "developers",
            paramLabel = "AUDIENCE",
            description = "stakeholders or developers (default: ${DEFAULT-VALUE}).")
    private Audience audience;

    @Option(
            names = "--format",
            defaultValue = "html",
            paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--job", paramLabel = "NAME", description = "The pipeline's name.")
    private String job;

    @Option(names = "--build", paramLabel = "N", description = "The build's number.")
    private String build;

    @Option(
            names = "--environment",
            paramLabel = "ENV",
            description = "Where it was deployed (default: the decision's).")
    private String environment;

    @Option(names = "--change", paramLabel = "ID", description = "The change's id (default: the decision's).")
    private String change;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            paramLabel = "ZONE",
            description = "The time zone times are shown in (default: ${DEFAULT-VALUE}).")
    private String zone;

    @Option(
            names = "--started-at",
            paramLabel = "ISO",
            description = "When the deployment started: an ISO instant or a local date-time in --zone.")
    private String startedAt;

    @Option(
            names = "--finished-at",
            paramLabel = "ISO",
            description = "When it ended (default: the log's last change, since a log is complete when it ends).")
    private String finishedAt;

    @Option(
            names = "--post-mortem",
            description = "Write the post-mortem draft (a failed deployment's) instead of the report.")
    private boolean postMortem;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (format == Format.sarif && (audience != Audience.DEVELOPERS || postMortem)) {
            throw new IllegalArgumentException("--format sarif holds the findings and their log lines, for developers"
                    + " and their tools: give it without --audience stakeholders and --post-mortem");
        }
        ZoneId shownIn = option("--zone", () -> CalendarText.zone(zone));
        ScanResult scanned = scan();
        DeploymentReport.Builder report = DeploymentReport.builder()
                .job(job)
                .build(build)
                .environment(environment)
                .changeId(change)
                .zone(shownIn)
                .capture(logName(), scanned)
                .startedAt(
                        startedAt == null ? null : option("--started-at", () -> InstantText.parse(startedAt, shownIn)))
                .finishedAt(
                        finishedAt == null
                                ? logChangedAt()
                                : option("--finished-at", () -> InstantText.parse(finishedAt, shownIn)));
        if (decision != null) {
            GateDecision gate = DecisionFileReader.read(decision);
            report.gate(gate);
            AuditTrail.of(gate).forEach(report::audit);
        }
        if (outcome != null) {
            report.outcome(outcome);
        } else if (exitCode != null && exitCode != 0) {
            report.outcome(Outcome.FAILED);
        }
        write(render(report.build(), scanned));
        return 0;
    }

    private String render(DeploymentReport built, ScanResult scanned) {
        if (format == Format.sarif) {
            return ScanCommand.sarif(log, scanned);
        }
        ReportFormat reportFormat = ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
        return postMortem ? reportFormat.write(PostMortemDraft.of(built)) : reportFormat.render(built, audience);
    }

    private ScanResult scan() {
        LogScanner scanner =
                new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(exitCode));
        try {
            return LogInput.scan(scanner, log);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("--log: " + unreadable.getMessage(), unreadable);
        }
    }

    /** What {@code read} gives, or its problem named after the option that gave the value. */
    private static <T> T option(String option, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** The log as the report names it: its file name, or the whole path when it has none ("/"). */
    private String logName() {
        if (log.equals("-")) {
            return "standard input";
        }
        Path name = Path.of(log).getFileName();
        return name == null ? log : name.toString();
    }

    /** A log is complete when the deployment ends, so its last change is when it ended. */
    private Instant logChangedAt() throws IOException {
        return log.equals("-")
                ? Instant.now()
                : Files.getLastModifiedTime(Path.of(log)).toInstant();
    }

    private void write(String text) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + output + ": cannot write: " + Problems.reason(e), e);
        }
    }
}
