package io.jenkins.plugins.deploygate.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem or warning about a rules file, where it is and what it says; printed as {@code
 * FILE:LINE: FIELD: message}, or as a JSON object by {@code validate --format json}.
 *
 * @param line the line in the file, or {@code null} when the problem is with the file as a whole
 * @param field the field from {@code deployGate} down ({@code environments[0].leadTime}), or
 *     {@code null} when there is none
 */
record Problem(String file, Integer line, String field, String message) {

    /** A problem with the file as a whole (it cannot be read, or it is empty). */
    static Problem ofFile(String file, String message) {
        return new Problem(file, null, null, message);
    }

    /** {@code FILE:LINE: FIELD: message}, leaving out what is unknown. */
    String text() {
        return where() + (field == null ? "" : field + ": ") + message;
    }

    /** {@code FILE:LINE: warning: FIELD: message}, as compilers mark a warning. */
    String warningText() {
        return where() + "warning: " + (field == null ? "" : field + ": ") + message;
    }

    private String where() {
        return file + (line == null ? "" : ":" + line) + ": ";
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("line", line);
        json.put("field", field);
        json.put("message", message);
        return json;
    }
}
