package io.jenkins.plugins.deploygate.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A failure of a command in the words its user reads: the file and what is wrong with it, never a
 * Java exception's class name or a message meant for programmers (a null pointer's).
 */
final class Problems {

    private static final String INTERNAL_ERROR = "internal error; please report it, with the command line,"
            + " at https://github.com/jenkinsci/deploy-gate-plugin/issues";

    private Problems() {}

    /** The sentence that describes {@code failure}. */
    static String describe(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (failure instanceof IOException io) {
            return describe(io);
        }
        if (isInputError(failure)) {
            return failure.getMessage();
        }
        return INTERNAL_ERROR;
    }

    /** An invalid input rather than a failure to read or a bug: the user may fix the command line. */
    static boolean isInputError(Throwable failure) {
        return failure instanceof IllegalArgumentException && failure.getMessage() != null;
    }

    /** "FILE: no such file or directory", "FILE: permission denied", ...: what prevented reading or writing. */
    static String describe(IOException failure) {
        if (failure instanceof FileSystemException onFile && onFile.getFile() != null) {
            return onFile.getFile() + ": " + reason(onFile);
        }
        if (failure instanceof FileNotFoundException notFound && notFound.getMessage() != null) {
            // FileInputStream's "FILE (No such file or directory)".
            String message = notFound.getMessage();
            int open = message.lastIndexOf(" (");
            if (open > 0 && message.endsWith(")")) {
                return message.substring(0, open) + ": " + reason(notFound);
            }
        }
        return reason(failure);
    }

    /** {@link #reason(IOException)} of an I/O failure, wrapped or not, as the readers catch them. */
    static String reason(Exception failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        return failure instanceof IOException io ? reason(io) : describe(failure);
    }

    /** Why reading or writing failed, without the file: "no such file or directory", ... */
    static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        String message = failure instanceof FileSystemException onFile ? onFile.getReason() : failure.getMessage();
        if (failure instanceof FileNotFoundException && message != null) {
            int open = message.lastIndexOf(" (");
            message = open > 0 && message.endsWith(")") ? message.substring(open + 2, message.length() - 1) : message;
        }
        return message == null || message.isBlank() ? "cannot be read or written" : lowerFirst(message);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
