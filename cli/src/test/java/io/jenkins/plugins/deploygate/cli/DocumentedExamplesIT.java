package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code deploy-gate} example of the documentation and compares what it prints and its
 * exit status with what the page shows, so that the docs cannot drift from the command. An
 * example is a {@code console} code block: {@code $ deploy-gate ...} lines, each followed by its
 * output and, when not 0, a line {@code (exit status N)}. Each runs as written, through the
 * distribution's launcher in the repository's root, as a reader would run it.
 */
class DocumentedExamplesIT {

    private static final Path ROOT = Launcher.repository();

    private static final String PROMPT = "$ deploy-gate ";
    private static final String EXIT = "(exit status ";

    @TestFactory
    Stream<DynamicTest> everyDocumentedExamplePrintsWhatThePageShows() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            for (Example example : examples(page)) {
                tests.add(DynamicTest.dynamicTest(
                        page.getFileName() + ":" + example.line() + ": " + example.command(), () -> {
                            Launcher.Run run = Launcher.run(Shell.words(example.command()));
                            assertThat(run.out() + run.err())
                                    .as("output of %s", example.command())
                                    .isEqualTo(example.output());
                            assertThat(run.exitCode())
                                    .as("exit status of %s", example.command())
                                    .isEqualTo(example.exitCode());
                        }));
            }
        }
        assertThat(tests).as("documented examples").isNotEmpty();
        return tests.stream();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The examples of one page, in order. */
    static List<Example> examples(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        Example.Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inConsole) {
                inConsole = line.strip().equals("```console");
                continue;
            }
            boolean endOfBlock = line.strip().equals("```");
            if (current != null && (endOfBlock || line.startsWith("$ "))) {
                examples.add(current.build());
                current = null;
            }
            if (endOfBlock) {
                inConsole = false;
            } else if (line.startsWith(PROMPT)) {
                current = new Example.Builder(i + 1, line.substring(PROMPT.length()));
            } else if (current != null) {
                current.add(line);
            }
        }
        return examples;
    }

    /** One command, what it prints, and its exit status. */
    record Example(int line, String command, String output, int exitCode) {

        static final class Builder {
            private final int line;
            private final String command;
            private final StringBuilder output = new StringBuilder();
            private int exitCode;

            Builder(int line, String command) {
                this.line = line;
                this.command = command;
            }

            void add(String line) {
                if (line.startsWith(EXIT) && line.endsWith(")")) {
                    exitCode = Integer.parseInt(line.substring(EXIT.length(), line.length() - 1));
                } else {
                    output.append(line).append(System.lineSeparator());
                }
            }

            Example build() {
                return new Example(line, command, output.toString(), exitCode);
            }
        }
    }
}
