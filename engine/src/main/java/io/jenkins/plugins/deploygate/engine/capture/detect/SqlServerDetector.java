package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL Server messages as sqlcmd prints them: a header {@code Msg 208, Level 16, State 1, Server
 * db01, Line 3} (sqlcmd may put its prompts {@code 1> 2>} before it) and the message on the next
 * line. Levels 0-10 are informational. Also sqlcmd's own {@code Sqlcmd: Error: ...} lines.
 */
final class SqlServerDetector implements Detector {

    /* "." matches every character (?s): ".*$" cut short by a U+2028 backtracks through "\\s*" and "[^,]+". */
    private static final Pattern HEADER = Pattern.compile(
            "(?s)\\bMsg (\\d+), Level (\\d+), State \\d+(?:, Server [^,]+)?(?:, (?:Procedure|Proc) [^,]+)?(?:, Line \\d+)?"
                    + "(?: \\[Batch Start Line \\d+\\])?\\s*(.*)$");
    private static final Pattern SQLCMD_ERROR = Pattern.compile("(?s)^Sqlcmd: Error: (?:.*? : )?(.+)$");

    private final DetectContext context;
    private String code;
    private int level;
    private long headerLine;

    SqlServerDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        if (code != null && line == headerLine + 1) {
            String message = text.strip();
            String pendingCode = code;
            code = null;
            if (!message.isEmpty()) {
                report(pendingCode, level, message, headerLine);
                return true;
            }
        }
        code = null;
        Matcher header = text.contains("Msg ") ? HEADER.matcher(text) : null;
        if (header != null && header.find()) {
            int lvl = Integer.parseInt(header.group(2));
            if (header.group(3).isBlank()) {
                code = header.group(1);
                level = lvl;
                headerLine = line;
                context.decodeThrough(line + 1);
            } else {
                report(header.group(1), lvl, header.group(3).strip(), line);
            }
            return true;
        }
        Matcher sqlcmd = text.startsWith("Sqlcmd: ") ? SQLCMD_ERROR.matcher(text) : null;
        if (sqlcmd != null && sqlcmd.find()) {
            CatalogEntry entry = context.catalogue().forMessage("sqlserver", sqlcmd.group(1));
            if (entry != null) {
                context.report(Hit.of(entry, "sqlcmd", sqlcmd.group(1).strip(), line, null));
                return true;
            }
        }
        return false;
    }

    private void report(String msgCode, int msgLevel, String message, long line) {
        Severity severity = msgLevel <= 10 ? Severity.INFO : null;
        CatalogEntry entry = context.catalogue().forCode("sqlserver", msgCode);
        context.report(new Hit(entry, "sqlcmd", message, line, null, severity, false));
    }

    @Override
    public void finish() {
        code = null;
    }
}
