package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oracle's ORA-, PLS- and SP2- codes, wherever they appear. SQL*Plus is recognised as the tool by
 * its "ERROR at line n:" header (the code follows on the next line), its bare "ERROR:" before a
 * logon error, "Warning: ... created with compilation errors." and the SHOW ERRORS listing
 * ({@code LINE/COL ERROR} then rows like {@code 3/15  PL/SQL: ORA-00942: ...}).
 */
final class OracleDetector implements Detector {

    private static final int HEADER_WINDOW = 3;
    private static final int LISTING_WINDOW = 60;

    /**
     * Codes reported per line: a real line holds a few (ORA-06550 with its PLS- error), a crafted
     * one thousands, each of which would cost a finding lookup.
     */
    private static final int MAX_CODES_PER_LINE = 8;

    private static final Pattern ERROR_AT_LINE = Pattern.compile("^ERROR at line \\d+:\\s*$");
    private static final Pattern COMPILATION =
            Pattern.compile("^Warning: (\\w+(?: \\w+)?) created with compilation errors\\.?");
    private static final Pattern LISTING_ROW = Pattern.compile("^\\d+/\\d+\\s+");

    private final DetectContext context;
    private long sqlplusUntil;

    OracleDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        String stripped = text.strip();
        if (ERROR_AT_LINE.matcher(stripped).matches() || isBareError(stripped)) {
            sqlplusUntil = line + HEADER_WINDOW;
            context.decodeThrough(line + HEADER_WINDOW);
            return true;
        }
        Matcher compilation = stripped.startsWith("Warning: ") ? COMPILATION.matcher(stripped) : null;
        if (compilation != null && compilation.find()) {
            sqlplusUntil = line + LISTING_WINDOW;
            context.report(Hit.of(
                    context.entry("oracle.compilation-errors"),
                    "sqlplus",
                    compilation.group(1) + " created with compilation errors.",
                    line,
                    null));
            return true;
        }
        if (stripped.startsWith("LINE/COL") && stripped.contains("ERROR")) {
            sqlplusUntil = line + LISTING_WINDOW;
            return true;
        }
        return codes(line, text);
    }

    private static boolean isBareError(String text) {
        return text != null && text.strip().equals("ERROR:");
    }

    private boolean codes(long line, String text) {
        if (text.indexOf('-') < 0) {
            return false;
        }
        if (line > sqlplusUntil && isBareError(context.recentContent(line - 1))) {
            // SQL*Plus's "ERROR:" on its own line before a logon error holds no anchor; it is read back.
            sqlplusUntil = line + HEADER_WINDOW - 1;
        }
        Matcher code = DbErrors.ORACLE_CODE.matcher(text);
        int found = 0;
        while (found < MAX_CODES_PER_LINE && code.find()) {
            found++;
            String id = code.group(1) + "-" + code.group(2);
            String tool = "SP2".equals(code.group(1))
                            || line <= sqlplusUntil
                            || LISTING_ROW.matcher(text).find()
                    ? "sqlplus"
                    : null;
            context.report(Hit.of(
                    context.catalogue().forCode("oracle", id),
                    tool,
                    DbErrors.oracleMessage(text, code.end()),
                    line,
                    null));
        }
        return found > 0;
    }
}
