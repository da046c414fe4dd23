package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the parsed JSON of a decision back into a {@link GateDecision}, for {@link
 * GateDecisionJson#read}. The core keys are required; the audit keys are read when present, with
 * the fallbacks an older or hand-written decision needs (a request time from {@code requestedAt},
 * else {@code evaluatedAt}, else the caller's). Every error names the key's path.
 */
final class DecisionReader {

    private final Instant whenUnknown;

    DecisionReader(Instant whenUnknown) {
        this.whenUnknown = whenUnknown;
    }

    GateDecision decision(Object document) {
        Fields root = Fields.of("", document);
        Instant evaluatedAt = root.instantOrNull("evaluatedAt");
        Instant requestedAt = root.instantOrNull("requestedAt");
        Instant firstSeenAt = first(root.instantOrNull("firstSeenAt"), requestedAt, evaluatedAt, whenUnknown);
        List<String> candidates = root.has("possibleRequesters") ? root.strings("possibleRequesters") : null;
        String requestedBy = root.stringOrNull("requestedBy");
        Requester requester = requestedBy != null ? Requester.user(requestedBy) : new Requester(null, candidates);
        GateRequest request = new GateRequest(
                root.string("environment"),
                root.stringOrNull("change"),
                firstSeenAt,
                root.instantOrNull("declaredRequestedAt"),
                requester,
                root.strings("committers"));
        RequestTime.Source source = root.has("requestSource")
                ? root.enumValue("requestSource", RequestTime.Source.class)
                : RequestTime.Source.FIRST_SEEN;
        String timeout = root.stringOrNull("approvalTimeout");
        List<ApprovalAudit.RequirementAudit> approvals =
                root.list("approvals").stream().map(DecisionReader::requirement).toList();
        return new GateDecision(
                request,
                evaluatedAt,
                root.stringOrNull("rule"),
                root.enumValue("verdict", Verdict.class),
                root.instantOrNull("notBefore"),
                root.stringOrNull("summary"),
                root.strings("awaits").stream()
                        .map(name -> Fields.constant(root, "awaits", name, Awaited.class))
                        .toList(),
                root.list("checks").stream().map(DecisionReader::check).toList(),
                approvals.isEmpty() ? null : new ApprovalAudit(approvals),
                root.has("exception") ? exception(root.object("exception")) : null,
                new RequestTime(first(requestedAt, firstSeenAt), source),
                root.instantOrNull("deadline"),
                timeout == null ? null : duration(root, timeout));
    }

    private static CheckResult check(Fields check) {
        return new CheckResult(
                checkId(check, "id", check.string("id")),
                check.enumValue("state", CheckState.class),
                check.string("message"),
                check.instantOrNull("notBefore"));
    }

    private static ApprovalAudit.RequirementAudit requirement(Fields requirement) {
        List<ApprovalAudit.NotCounted> notCounted = requirement.list("notCounted").stream()
                .map(vote -> new ApprovalAudit.NotCounted(
                        vote.string("user"),
                        vote.enumValue("vote", ApprovalAudit.Vote.class),
                        vote.enumValue("reason", ApprovalAudit.Reason.class)))
                .toList();
        return new ApprovalAudit.RequirementAudit(
                requirement.string("approvers"),
                requirement.integer("required"),
                requirement.strings("counted"),
                requirement.strings("rejectedBy"),
                notCounted);
    }

    private static ExceptionAudit exception(Fields exception) {
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

    private static java.time.Duration duration(Fields root, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException bad) {
            throw root.invalid("approvalTimeout", bad.getMessage());
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The keys of one JSON object, read with the path of each in every error message. */
    private record Fields(String path, Map<?, ?> values) {

        static Fields of(String path, Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException((path.isEmpty() ? "the document" : path) + ": expected an object");
            }
            return new Fields(path, map);
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
            if (!(value instanceof String text)) {
                throw invalid(key, "expected a string");
            }
            return text;
        }

        int integer(String key) {
            if (!(values.get(key) instanceof Long number) || number < 0 || number > Integer.MAX_VALUE) {
                throw invalid(key, "expected a whole number");
            }
            return number.intValue();
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
            return constant(this, key, string(key), type);
        }

        static <E extends Enum<E>> E constant(Fields owner, String key, String text, Class<E> type) {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw owner.invalid(key, "\"" + text + "\" is not one of " + List.of(type.getEnumConstants()));
            }
        }

        List<String> strings(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
                throw invalid(key, "expected a list of strings");
            }
            return items.stream().map(String.class::cast).toList();
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
                objects.add(Fields.of(child(key) + "[" + i + "]", items.get(i)));
            }
            return objects;
        }

        Fields object(String key) {
            return Fields.of(child(key), values.get(key));
        }

        IllegalArgumentException invalid(String key, String problem) {
            return new IllegalArgumentException(child(key) + ": " + problem);
        }

        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
