package io.jenkins.plugins.deploygate.engine.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment that failed (its command exited with a status other than 0, or failed in a way that
 * told no status) while its output holds no error the scanner knows: reported as such, never as a
 * clean run, with the lines the command printed last (redacted), where a failing tool usually says
 * why.
 *
 * @param exitStatus the deployment command's exit status, not 0; null when the command failed
 *     without telling one (a Jenkins {@code error} step, an interrupted build)
 * @param lastLines the last lines of the output, at most {@link #LAST_LINES}
 * @param firstLine the line number of the first of {@code lastLines}
 */
public record UnrecognisedFailure(Integer exitStatus, List<String> lastLines, long firstLine) {

    /** Lines of the output's end a report shows. */
    public static final int LAST_LINES = 10;

    public static final String MESSAGE = "no known error recognised";

    public UnrecognisedFailure {
        if (exitStatus != null && exitStatus == 0) {
            throw new IllegalArgumentException("an unrecognised failure has an exit status other than 0");
        }
        lastLines = List.copyOf(lastLines);
    }

    /** "exit status 3", or "an unknown exit status" when the command told none. */
    public String exitStatusText() {
        return exitStatus == null ? "an unknown exit status" : "exit status " + exitStatus;
    }

    /** In words: "exit status 3, no known error recognised". */
    public String describe() {
        return (exitStatus == null ? "exit status unknown" : exitStatusText()) + ", " + MESSAGE;
    }

    /** The number of the output's last line, where the command stopped; {@code firstLine} when it printed nothing. */
    public long lastLine() {
        return firstLine + Math.max(0, lastLines.size() - 1);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exitStatus", exitStatus);
        json.put("message", MESSAGE);
        json.put("firstLine", firstLine);
        json.put("lastLines", lastLines);
        return json;
    }
}
