package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;

/**
 * A command that failed while its output holds no error Deploy Gate knows: never shown as a clean
 * run, but as what it is, with the exit status and the last lines the command printed (redacted by
 * the scanner), where a failing tool usually says why it stopped.
 */
final class UnrecognisedSection {

    static final String HEADING = "Unrecognised failure";

    private UnrecognisedSection() {}

    /**
     * @param output the name of the captured output, or null when it is the only one (a scan)
     * @param result the scan of that output, which holds the failure
     * @param links where that output can be read, for a link to its end
     */
    static void add(Document.Builder document, String output, ScanResult result, LogLinks links) {
        UnrecognisedFailure failure = result.unrecognisedFailure();
        String its = output == null ? "its output" : "its output (" + output + ")";
        document.paragraph("The command failed with " + failure.exitStatusText() + ": " + UnrecognisedFailure.MESSAGE
                + " in " + its + "." + lastLinesLead(result));
        if (failure.lastLines().isEmpty()) {
            return;
        }
        long lastLine = failure.lastLine();
        document.add(new Block.Excerpt(failure.lastLines(), failure.firstLine(), lastLine));
        links.at(lastLine)
                .ifPresent(link ->
                        document.paragraph(Inline.text("The whole output: "), Inline.link(link.text(), link.url())));
    }

    /** What precedes the last lines: none when the command printed nothing, or when they were not kept. */
    static String lastLinesLead(ScanResult result) {
        if (!result.unrecognisedFailure().lastLines().isEmpty()) {
            return " Its last lines:";
        }
        return result.linesScanned() == 0
                ? " It printed nothing."
                : " Its last lines were not kept; read them in the whole output.";
    }
}
