package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.json.JsonReader;

/**
 * Flyway's JSON output ({@code -outputType=json} of its command line): one pretty-printed document
 * per run. Its error is a member {@code "error" : { "errorCode" : ..., "sqlState" : ...,
 * "message" : ..., "cause" : {...} }} and, for a failed migration, a top-level {@code "exception"}
 * holding the same text. That text is what Flyway prints on a console (the header and the block
 * of fields), its line feeds escaped: it is read as those lines, by a {@link FlywayDetector} of its
 * own, and what it finds is reported at the member's line. The other copies in the document (the
 * causes and their stack traces) are the same error, and are consumed unread, so that no detector
 * takes an escaped stack trace for an error of its own.
 */
final class FlywayJsonDetector implements Detector {

    /** An error document is short (its stack traces are one line each); past this it has ended. */
    private static final int DOCUMENT_LINES = 80;

    private static final String ESCAPED_BLOCK = "\\nSQL State";

    private final DetectContext context;
    private long documentUntil;
    private boolean recognised;
    /** The last member line read: the rest of a long one (a stack trace), read in parts, goes with it. */
    private long memberLine;

    FlywayJsonDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        if (line == memberLine) {
            return true;
        }
        String stripped = text.strip();
        boolean inDocument = line <= documentUntil;
        if (inDocument && stripped.equals("}") && !text.startsWith(" ")) {
            documentUntil = 0;
            return true;
        }
        String key = key(stripped);
        if (key == null) {
            return false;
        }
        boolean starts = key.equals("errorCode") || (text.contains(ESCAPED_BLOCK) && isMessage(key));
        if (!inDocument && !starts) {
            return false;
        }
        if (!inDocument) {
            documentUntil = line + DOCUMENT_LINES;
            recognised = false;
        }
        context.decodeThrough(line + 2);
        memberLine = line;
        if (isMessage(key) && !recognised) {
            String message = value(stripped);
            recognised = message != null && read(line, message);
        }
        return true;
    }

    private static boolean isMessage(String key) {
        return key.equals("exception") || key.equals("message");
    }

    /** Reads Flyway's console text inside a message; whether it held a failure. */
    private boolean read(long line, String message) {
        long before = context.reports();
        FlywayDetector flyway = new FlywayDetector(context);
        for (String embedded : message.split("\n", -1)) {
            flyway.detect(line, embedded);
        }
        flyway.finish();
        return context.reports() > before;
    }

    /** {@code "message" : "..."}: the member's name, or null when the line is no JSON member. */
    private static String key(String stripped) {
        if (!stripped.startsWith("\"")) {
            return null;
        }
        int close = stripped.indexOf('"', 1);
        if (close < 0 || !stripped.startsWith(" : ", close + 1)) {
            return null;
        }
        return stripped.substring(1, close);
    }

    /** The member's value when it is a string, unescaped; null otherwise. */
    private static String value(String stripped) {
        int colon = stripped.indexOf(" : ");
        String value = stripped.substring(colon + 3);
        if (value.endsWith(",")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.startsWith("\"")) {
            return null;
        }
        try {
            return JsonReader.read(value) instanceof String text ? text : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
