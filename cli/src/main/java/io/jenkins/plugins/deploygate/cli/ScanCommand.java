package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.report.ReportFormat;
import io.jenkins.plugins.deploygate.engine.report.ScanReport;
import io.jenkins.plugins.deploygate.engine.report.sarif.SarifWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code deploy-gate scan}: finds database and migration-tool errors in a deployment log
 * (docs/cli.md). Exit 0 without an ERROR finding, 1 with one (or when {@code --exit-code} is not 0
 * and no known error explains it), 2 for invalid input.
 */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description = "Finds database and migration errors in a deployment log, with fixes; secrets redacted.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:No finding of severity ERROR.",
            "1:At least one finding of severity ERROR, or --exit-code not 0 and no known error recognised.",
            "2:A usage error, invalid input or a log that cannot be read."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  deploy-gate scan --exit-code 0 flyway.log",
            "  flyway migrate > flyway.log 2>&1; deploy-gate scan --exit-code $? flyway.log",
            "  deploy-gate scan --catalog rules.yaml --format json deploy.log > findings.json",
            "  deploy-gate scan --format sarif deploy.log > deploy-gate.sarif"
        })
public final class ScanCommand implements Callable<Integer> {

    /** Output formats, spelled as on the command line. */
    enum Format {
        text,
        json,
        markdown,
        html,
        sarif
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "EXTRA.yaml", description = "Extra catalogue entries (YAML).")
    private Path catalog;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--context",
            defaultValue = "3",
            paramLabel = "N",
            description = "Lines of context before and after each finding, 0 to 100 (default: ${DEFAULT-VALUE}).")
    private int context;

    @Option(
            names = "--exit-code",
            paramLabel = "N",
            description = "The deployment command's exit status; errors while it is 0 are a silent failure,"
                    + " and a status other than 0 without a known error an unrecognised failure.")
    private Integer exitCode;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The log to scan; - reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        if (context < 0 || context > ScanOptions.MAX_CONTEXT) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--context must be between 0 and " + ScanOptions.MAX_CONTEXT + ", was " + context);
        }
        Catalogue catalogue = Catalogue.builtIn();
        if (catalog != null) {
            catalogue = catalogue.with(CatalogFileReader.read(catalog));
        }
        LogScanner scanner = new LogScanner(
                catalogue, ScanOptions.defaults().withContext(context).withExitCode(exitCode));
        ScanResult result;
        try {
            result = LogInput.scan(scanner, file);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("cannot read " + unreadable.getMessage(), unreadable);
        }
        // JSON and HTML leave nothing to the console's charset (Java 17 takes it from the locale,
        // ASCII under LANG=C): characters beyond ASCII are written as escapes both formats define.
        String output =
                switch (format) {
                    case json -> asciiOnly(Json.write(result.toJson()), "\\u%04x") + System.lineSeparator();
                    case sarif -> sarif(file, result);
                    case markdown -> ReportFormat.MARKDOWN.write(ScanReport.of(result));
                    case html -> asciiOnly(ReportFormat.HTML.write(ScanReport.of(result)), "&#x%04x;");
                    case text -> ReportFormat.TEXT.write(ScanReport.of(result));
                };
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return result.failed() ? 1 : 0;
    }

    /** The SARIF log of one scanned log, which names the log as it was given; ASCII, as JSON is. */
    static String sarif(String file, ScanResult result) {
        String sarif = new SarifWriter(VersionProvider.version())
                .write(List.of(new SarifWriter.ScannedLog(SarifWriter.uriOf(file), result)));
        return asciiOnly(sarif, "\\u%04x");
    }

    /** {@code text} with every UTF-16 unit above U+007E written with {@code escape}. */
    static String asciiOnly(String text, String escape) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 64).append(text, 0, i);
                }
                if (escape.startsWith("&") && Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    out.append(String.format(escape, text.codePointAt(i)));
                    i++;
                } else {
                    out.append(String.format(escape, (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
