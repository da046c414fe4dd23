package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * Secrets in XML: the content of an element named for one ({@code <password>x</password>},
 * {@code <adminPassword>}, {@code <ns:keystorePassword>}, Maven's {@code settings.xml}), and the
 * {@code value} of a property whose {@code name} is one ({@code <property name="db.password"
 * value="x"/>}, as Liquibase and Ant write them).
 */
final class XmlElementRule implements SecretRule {

    @Override
    public void mark(String line, Secrets secrets) {
        // Each part of the line is read once: scanning resumes after the tag or element just read.
        int open = line.indexOf('<');
        while (open >= 0) {
            int tagEnd = line.indexOf('>', open + 1);
            if (tagEnd < 0) {
                return;
            }
            int nameStart = open + 1;
            int nameEnd = nameStart;
            while (nameEnd < tagEnd && (SecretKeys.isNameChar(line.charAt(nameEnd)) || line.charAt(nameEnd) == ':')) {
                nameEnd++;
            }
            int local = line.lastIndexOf(':', nameEnd - 1);
            int localStart = local >= nameStart ? local + 1 : nameStart;
            int next = tagEnd + 1;
            if (nameEnd == tagEnd && nameEnd > localStart && SecretKeys.isSecret(line, localStart, nameEnd)) {
                int close = line.indexOf("</", tagEnd + 1);
                int end = close < 0 ? line.length() : close;
                secrets.mark(tagEnd + 1, end);
                next = end;
            } else if (nameEnd > nameStart) {
                namedValue(line, nameEnd, tagEnd, secrets);
            }
            open = line.indexOf('<', next);
        }
    }

    /** {@code name="secret key" ... value="x"} inside the tag {@code [from, end)}. */
    private static void namedValue(String line, int from, int end, Secrets secrets) {
        int name = attribute(line, from, end, "name");
        if (name < 0) {
            return;
        }
        int nameClose = line.indexOf(line.charAt(name - 1), name);
        if (nameClose < 0 || nameClose > end || !SecretKeys.isSecret(line, name, nameClose)) {
            return;
        }
        int value = attribute(line, from, end, "value");
        if (value >= 0) {
            int valueClose = line.indexOf(line.charAt(value - 1), value);
            secrets.mark(value, valueClose < 0 || valueClose > end ? end : valueClose);
        }
    }

    /** Where the quoted value of {@code attribute} starts inside {@code [from, end)}, or -1. */
    private static int attribute(String line, int from, int end, String attribute) {
        for (int at = line.indexOf(attribute, from); at >= 0 && at < end; at = line.indexOf(attribute, at + 1)) {
            int eq = Values.skipBlanks(line, at + attribute.length());
            boolean startsName = Character.isWhitespace(line.charAt(at - 1));
            if (startsName && eq < end && line.charAt(eq) == '=') {
                int quote = Values.skipBlanks(line, eq + 1);
                if (quote < end && (line.charAt(quote) == '"' || line.charAt(quote) == '\'')) {
                    return quote + 1;
                }
            }
        }
        return -1;
    }
}
