package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void fileProblemsNameTheFileAndTheReasonInWords() {
        assertThat(Problems.describe(new NoSuchFileException("rules.yaml")))
                .isEqualTo("rules.yaml: no such file or directory");
        assertThat(Problems.describe(new AccessDeniedException("/etc/shadow")))
                .isEqualTo("/etc/shadow: permission denied");
        assertThat(Problems.describe(new FileNotFoundException("logs (Is a directory)")))
                .isEqualTo("logs: is a directory");
        assertThat(Problems.describe(new UncheckedIOException(new MalformedInputException(1))))
                .isEqualTo("not valid UTF-8 text");
    }

    @Test
    void aBugIsAnInternalErrorWithoutItsProgrammersMessage() {
        String described = Problems.describe(
                new NullPointerException("Cannot invoke \"String.length()\" because \"text\" is null"));

        assertThat(described).startsWith("internal error; please report it").doesNotContain("null", "Cannot invoke");
        assertThat(Problems.isInputError(new NullPointerException())).isFalse();
    }

    @Test
    void anIoFailureWithoutAMessageStillSaysWhatFailed() {
        assertThat(Problems.describe(new IOException())).isEqualTo("cannot be read or written");
        assertThat(Problems.describe(new IOException())).doesNotContain("IOException");
    }
}
