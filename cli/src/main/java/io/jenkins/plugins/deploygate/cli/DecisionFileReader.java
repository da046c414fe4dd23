package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionAudit;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a gate decision back from what {@code deploy-gate check --format json} printed, for {@code
 * deploy-gate report --decision}. The keys of the contract are required; the audit keys that
 * {@code check} adds after them are read when present, so a hand-written decision with the
 * contract's keys alone still makes a report. Where such a decision has no {@code requestedAt},
 * the request is taken to have been made when the decision was.
 */
final class DecisionFileReader {

    private final String file;

    private DecisionFileReader(String file) {
        this.file = file;
    }

    static GateDecision read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new DecisionFileReader(path.toString()).decision(parse(path.toString(), reader));
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot read the decision: " + Problems.reason(e), e);
        }
    }

    private static Object parse(String file, Reader reader) {
        try {
            // JSON is YAML; SafeConstructor makes plain maps, lists and scalars, never objects.
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not the JSON of 'deploy-gate check': " + e.getMessage(), e);
        }
    }

    private GateDecision decision(Object document) {
        Fields root = Fields.of(file, "", document);
        Instant evaluatedAt = root.instantOrNull("evaluatedAt");
        Instant requestedAt = root.instantOrNull("requestedAt");
        GateRequest request = new GateRequest(
                root.string("environment"),
                root.stringOrNull("change"),
                requestedAt != null ? requestedAt : evaluatedAt != null ? evaluatedAt : Instant.now(),
                root.stringOrNull("requestedBy"),
                root.strings("committers"));
        String timeout = root.stringOrNull("approvalTimeout");
        return new GateDecision(
                request,
                evaluatedAt,
                root.stringOrNull("rule"),
                root.enumValue("verdict", Verdict.class),
                root.instantOrNull("notBefore"),
                root.list("checks").stream().map(this::check).toList(),
                new ApprovalAudit(
                        root.list("approvals").stream().map(this::requirement).toList()),
                root.has("exception") ? exception(root.object("exception")) : null,
                timeout == null ? null : DurationText.parse(timeout));
    }

    private CheckResult check(Fields check) {
        return new CheckResult(
                checkId(check, "id", check.string("id")),
                check.enumValue("state", CheckState.class),
                check.string("message"),
                check.instantOrNull("notBefore"));
    }

    private ApprovalAudit.RequirementAudit requirement(Fields requirement) {
        String approvers = requirement.string("approvers");
        List<ApprovalAudit.NotCounted> notCounted = requirement.list("notCounted").stream()
                .map(vote -> new ApprovalAudit.NotCounted(
                        vote.string("user"),
                        vote.enumValue("vote", ApprovalAudit.Vote.class),
                        vote.enumValue("reason", ApprovalAudit.Reason.class)))
                .toList();
        return new ApprovalAudit.RequirementAudit(
                approvers,
                requirement.integer("required"),
                requirement.strings("counted"),
                requirement.strings("rejectedBy"),
                notCounted);
    }

    private ExceptionAudit exception(Fields exception) {
        ExceptionGrant grant = new ExceptionGrant(
                exception.string("grantedBy"),
                exception.stringOrNull("reason"),
                exception.stringOrNull("ticket"),
                exception.instant("grantedAt"));
        List<CheckId> waived = new ArrayList<>();
        for (String id : exception.strings("waived")) {
            waived.add(checkId(exception, "waived", id));
        }
        boolean valid = exception.bool("valid");
        return new ExceptionAudit(grant, valid, valid ? null : exception.string("problem"), waived);
    }

    private static CheckId checkId(Fields owner, String key, String id) {
        return CheckId.fromId(id).orElseThrow(() -> owner.invalid(key, "\"" + id + "\" is not a check id"));
    }

    /** The keys of one JSON object, read with the path of each in every error message. */
    private record Fields(String file, String path, Map<?, ?> values) {

        static Fields of(String file, String path, Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(
                        file + ": " + (path.isEmpty() ? "the document" : path) + ": expected an object");
            }
            return new Fields(file, path, map);
        }

        boolean has(String key) {
            return values.get(key) != null;
        }

        String string(String key) {
            String text = stringOrNull(key);
            if (text == null) {
                throw invalid(key, "missing");
            }
            return text;
        }

        String stringOrNull(String key) {
            Object value = values.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                throw invalid(key, "expected a string");
            }
            return value.toString();
        }

        int integer(String key) {
            if (!(values.get(key) instanceof Integer number)) {
                throw invalid(key, "expected a whole number");
            }
            return number;
        }

        boolean bool(String key) {
            if (!(values.get(key) instanceof Boolean flag)) {
                throw invalid(key, "expected true or false");
            }
            return flag;
        }

        Instant instant(String key) {
            Instant instant = instantOrNull(key);
            if (instant == null) {
                throw invalid(key, "missing");
            }
            return instant;
        }

        Instant instantOrNull(String key) {
            String text = stringOrNull(key);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(key, "\"" + text + "\" is not an instant like 2026-11-20T14:00:00Z");
            }
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String text = string(key);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw invalid(key, "\"" + text + "\" is not one of " + List.of(type.getEnumConstants()));
            }
        }

        List<String> strings(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                throw invalid(key, "expected a list of strings");
            }
            return items.stream().map(String::valueOf).toList();
        }

        List<Fields> list(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                throw invalid(key, "expected a list");
            }
            List<Fields> objects = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                objects.add(Fields.of(file, child(key) + "[" + i + "]", items.get(i)));
            }
            return objects;
        }

        Fields object(String key) {
            return Fields.of(file, child(key), values.get(key));
        }

        IllegalArgumentException invalid(String key, String problem) {
            return new IllegalArgumentException(file + ": " + child(key) + ": " + problem);
        }

        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
