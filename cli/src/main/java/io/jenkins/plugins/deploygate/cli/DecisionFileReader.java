package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionJson;
import io.jenkins.plugins.deploygate.engine.json.JsonReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads a gate decision back from what {@code deploy-gate check --format json} printed, for {@code
 * deploy-gate report --decision}: the file handling and its wording; the engine reads the JSON
 * ({@link GateDecisionJson#read}). A hand-written decision with the core keys alone and no time
 * in it counts as requested now.
 */
final class DecisionFileReader {

    private DecisionFileReader() {}

    /**
     * The decision in {@code path}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static GateDecision read(Path path) {
        String text;
        try {
            if (Files.size(path) > JsonReader.MAX_LENGTH) {
                throw new IllegalArgumentException(path + ": too large for a decision");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new IllegalArgumentException(path + ": no such file");
        } catch (CharacterCodingException notText) {
            throw new IllegalArgumentException(path + ": not UTF-8 text, so not the JSON of 'deploy-gate check'");
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(
                    path + ": cannot read the decision: " + Problems.reason(unreadable), unreadable);
        }
        try {
            return GateDecisionJson.read(text, Instant.now());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(path + ": " + invalid.getMessage());
        }
    }
}
