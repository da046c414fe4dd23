package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * A secret value after its name: {@code password=x}, {@code --password=x}, {@code -password x},
 * {@code PGPASSWORD=x}, {@code DB_PASS=x}, {@code flyway.password = x} and {@code password: x}
 * (properties, YAML, Flyway {@code .conf}), JSON {@code "password": "x"} (escaped inside a string
 * too), XML attributes {@code password="x"}, connection strings {@code Password=x;} and
 * {@code PWD={x}}, URL-encoded forms ({@code password%3Dx}) and URL queries ({@code &sig=x}).
 *
 * <p>A plain value ends at whitespace or a separator ({@code & ; ,}), so the rest of a command line
 * stays readable; only a line that is itself a setting ({@code key = value with spaces}) masks to
 * its end. Left alone: an empty value, a reference ({@code ${DB_PASSWORD}}, {@code $DB_PASSWORD}),
 * MySQL's {@code (using password: YES)}, and {@code PWD=/path}, which is the shell's directory.
 */
final class KeyValueRule implements SecretRule {

    private static final String STOPS = "&;,";
    private static final String ENCODED_STOPS = "&;,\"'+%";

    @Override
    public void mark(String line, Secrets secrets) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!SecretKeys.isNameChar(line.charAt(i)) || (i > 0 && SecretKeys.isNameChar(line.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && SecretKeys.isNameChar(line.charAt(i))) {
                i++;
            }
            // "--password" is a name that starts with dashes; the dashes say it is an option.
            int name = start;
            while (name < i && line.charAt(name) == '-') {
                name++;
            }
            if (name < i && SecretKeys.isSecret(line, name, i)) {
                i = Math.max(i, value(line, start, name, i, secrets));
            }
        }
    }

    /** Marks the value after the name {@code [name, end)}; returns where scanning goes on. */
    private static int value(String line, int start, int name, int end, Secrets secrets) {
        int i = end;
        // JSON and quoted names: "password": ..., \"password\": ...
        if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
            i++;
        } else if (line.startsWith("\\\"", i)) {
            i += 2;
        } else if (line.regionMatches(true, i, "%22", 0, 3)) {
            i += 3;
        }
        int separator = Values.skipBlanks(line, i);
        boolean spaced = separator > i;
        int valueStart;
        boolean encoded = false;
        if (line.startsWith("%3D", separator)
                || line.startsWith("%3d", separator)
                || line.startsWith("%3A", separator)
                || line.startsWith("%3a", separator)) {
            encoded = true;
            valueStart = separator + 3;
            if (line.regionMatches(true, valueStart, "%22", 0, 3)) {
                valueStart += 3;
            }
        } else if (separator < line.length() && (line.charAt(separator) == '=' || line.charAt(separator) == ':')) {
            int after = separator + 1;
            if (line.startsWith("=", after) || line.startsWith(">", after)) {
                after++; // := and =>
            }
            valueStart = Values.skipBlanks(line, after);
            spaced |= valueStart > after;
        } else if (start < name && spaced) {
            // An option with its value as the next word: --password secret, -password secret.
            valueStart = separator;
            if (valueStart < line.length() && line.charAt(valueStart) == '-') {
                return end;
            }
        } else {
            return end;
        }
        if (valueStart >= line.length() || line.startsWith(Redactor.MASK, valueStart)) {
            // Masked already: redacting again changes nothing.
            return valueStart;
        }
        if (line.charAt(valueStart) == '\\' && Values.endsWithContinuation(line, valueStart)) {
            secrets.valueContinues();
            return line.length();
        }
        int valueEnd;
        if (encoded) {
            valueEnd = encodedEnd(line, valueStart);
        } else if (line.startsWith("\\\"", valueStart)) {
            int close = line.indexOf("\\\"", valueStart + 2);
            valueEnd = close < 0 ? line.length() : close + 2;
        } else if (startsQuoted(line, valueStart)) {
            valueEnd = afterQuoted(line, Values.quoted(line, valueStart));
        } else if (spaced && isSetting(line, start)) {
            valueEnd = trimmedEnd(line);
        } else {
            valueEnd = Values.word(line, valueStart, STOPS);
        }
        if (isSecretValue(line, name, end, valueStart, valueEnd)) {
            secrets.mark(valueStart, valueEnd);
            if (Values.endsWithContinuation(line, valueEnd)) {
                secrets.valueContinues();
            }
        }
        return Math.max(valueEnd, valueStart + 1);
    }

    private static boolean startsQuoted(String line, int at) {
        char c = line.charAt(at);
        return c == '"' || c == '\'' || c == '{' || c == '`';
    }

    /** What sticks to a closing quote belongs to the value ("a"b is one word); a bracket closing JSON does not. */
    private static int afterQuoted(String line, int from) {
        int i = from;
        while (i < line.length()
                && !Character.isWhitespace(line.charAt(i))
                && (STOPS + "\"'`}])").indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Whether the line is a setting: nothing but blanks, a list dash or an export before the name. */
    private static boolean isSetting(String line, int nameStart) {
        for (int i = 0; i < nameStart; i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '-' && c != '#') {
                return line.substring(0, nameStart).strip().equals("export");
            }
        }
        return true;
    }

    private static int trimmedEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int encodedEnd(String line, int from) {
        int i = from;
        while (i < line.length()
                && !Character.isWhitespace(line.charAt(i))
                && ENCODED_STOPS.indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static boolean isSecretValue(String line, int name, int nameEnd, int start, int end) {
        String value = line.substring(start, end);
        if (value.isEmpty() || value.equals(Redactor.MASK)) {
            return false;
        }
        if (value.startsWith("${") && value.endsWith("}") || value.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
            return false;
        }
        if (value.equalsIgnoreCase("YES)") || value.equalsIgnoreCase("NO)")) {
            return false;
        }
        boolean shellDirectory = nameEnd - name == 3
                && line.regionMatches(false, name, "PWD", 0, 3)
                && (value.startsWith("/") || value.startsWith("~"));
        return !shellDirectory;
    }
}
