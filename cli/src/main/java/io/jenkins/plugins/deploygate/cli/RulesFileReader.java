package io.jenkins.plugins.deploygate.cli;

import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.engine.rules.GroupDirectory;
import io.jenkins.plugins.deploygate.engine.rules.InvalidRuleException;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import io.jenkins.plugins.deploygate.engine.rules.NearMiss;
import io.jenkins.plugins.deploygate.engine.rules.RulesValidator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the rules file (the JCasC shape described in {@code docs/rules-reference.md}: {@code
 * unclassified: deployGate: ...}) into engine rules, with the engine's warnings about them. Works on SnakeYAML's composed nodes rather than constructed objects so that
 * every problem carries its line, and so that nothing in the file can instantiate a class. Fields
 * are named from {@code deployGate} down, with list indexes from 0 ({@code environments[2].leadTime}).
 */
final class RulesFileReader {

    static final List<String> DEPLOY_GATE_KEYS = List.of("calendar", "groups", "environments", "catalog");
    static final List<String> CALENDAR_KEYS = List.of("zone", "workdays", "holidays");
    static final List<String> GROUP_KEYS = List.of("name", "members");
    static final List<String> ENVIRONMENT_KEYS = List.of(
            "name",
            "leadTime",
            "trustRequestedAt",
            "approvals",
            "separationOfDuties",
            "windows",
            "closedOnHolidays",
            "freezes",
            "exceptions",
            "approvalTimeout");
    static final List<String> APPROVAL_KEYS = List.of("group", "users", "count");
    static final List<String> FREEZE_KEYS = List.of("from", "to", "reason");
    static final List<String> EXCEPTION_KEYS = List.of("grantedBy", "waive", "requireTicket");

    private final YamlNodes nodes;

    private RulesFileReader(String file) {
        this.nodes = new YamlNodes(file);
    }

    /**
     * The rules in {@code file}, and the warnings about them.
     *
     * @throws RulesFileException with every problem, one per line, when the file is unusable
     */
    static RulesFile read(Path file) throws RulesFileException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (NoSuchFileException missing) {
            throw new RulesFileException(Problem.ofFile(file.toString(), "cannot read: no such file"));
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            throw new RulesFileException(
                    Problem.ofFile(file.toString(), "cannot read: " + Problems.reason(unreadable)));
        }
    }

    /** The rules in the text of {@code reader}; {@code file} names it in problems. */
    static RulesFile read(String file, Reader reader) throws RulesFileException {
        RulesFileReader rulesReader = new RulesFileReader(file);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException syntax) {
            Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            throw new RulesFileException(new Problem(file, line, "yaml", syntax.getProblem()));
        } catch (YAMLException unreadable) {
            throw new RulesFileException(new Problem(file, 1, "yaml", unreadable.getMessage()));
        }
        if (root == null) {
            throw new RulesFileException(new Problem(file, 1, "unclassified", "missing: the file is empty"));
        }
        Optional<GateRules> rules = rulesReader.root(root);
        if (rulesReader.nodes.hasProblems() || rules.isEmpty()) {
            throw new RulesFileException(rulesReader.nodes.problems());
        }
        // The command line has no security realm to ask about groups the rules do not define.
        List<Problem> warnings = RulesValidator.warnings(rules.get(), GroupDirectory.NONE).stream()
                .map(warning -> rulesReader.nodes.at(warning.field(), warning.message()))
                .toList();
        return new RulesFile(rules.get(), warnings);
    }

    private Optional<GateRules> root(Node root) {
        Optional<Node> deployGate = nodes.sharedMapping(root, "")
                .flatMap(entries -> required(entries, root, "unclassified"))
                .flatMap(unclassified -> nodes.sharedMapping(unclassified, "unclassified")
                        .flatMap(entries -> required(entries, unclassified, "unclassified.deployGate")));
        if (deployGate.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Node>> entries = nodes.mapping(deployGate.get(), "deployGate", DEPLOY_GATE_KEYS);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Optional<BusinessCalendar> calendar = entries.get().containsKey("calendar")
                ? calendar(entries.get().get("calendar"))
                : Optional.of(BusinessCalendar.DEFAULT);
        Optional<List<Group>> groups = nodes.list(entries.get().get("groups"), "groups", this::group);
        Optional<List<EnvironmentRule>> environments = entries.get().containsKey("environments")
                ? nodes.list(entries.get().get("environments"), "environments", this::environment)
                : Optional.empty();
        if (!entries.get().containsKey("environments")) {
            nodes.problem(deployGate.get(), "environments", "missing: list at least one environment rule");
        } else if (environments.map(List::isEmpty).orElse(false)) {
            nodes.problem(entries.get().get("environments"), "environments", "list at least one environment rule");
        }
        if (groups.isPresent()) {
            RuleNames.checkUnique(
                    nodes,
                    entries.get().get("groups"),
                    "groups",
                    groups.get().stream().map(Group::name).toList());
        }
        if (entries.get().containsKey("environments")) {
            RuleNames.checkReachable(nodes, entries.get().get("environments"));
        }
        // The gate does not use the DBAs' catalogue entries, but a file that Jenkins would refuse
        // must not validate: each entry is checked as 'deploy-gate scan --catalog' checks it.
        nodes.list(
                entries.get().get("catalog"), "catalog", (item, field) -> CatalogFileReader.entry(nodes, item, field));
        if (calendar.isEmpty() || groups.isEmpty() || environments.isEmpty() || nodes.hasProblems()) {
            return Optional.empty();
        }
        return construct(deployGate.get(), "", () -> new GateRules(calendar.get(), groups.get(), environments.get()));
    }

    private Optional<Node> required(Map<String, Node> entries, Node parent, String field) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        if (!entries.containsKey(key)) {
            String suggestion = NearMiss.closest(key, entries.keySet(), 2)
                    .map(found -> "; found " + found + ": did you mean " + key + "?")
                    .orElse("");
            nodes.problem(parent, field, "missing" + suggestion);
            return Optional.empty();
        }
        return Optional.of(entries.get(key));
    }

    private Optional<BusinessCalendar> calendar(Node node) {
        return nodes.mapping(node, "calendar", CALENDAR_KEYS).flatMap(entries -> {
            var zone = nodes.optional(
                    entries,
                    "zone",
                    "calendar.zone",
                    Optional.of(BusinessCalendar.DEFAULT.zone()),
                    n -> nodes.value(n, "calendar.zone", CalendarText::zone));
            var workdays = nodes.optional(
                    entries,
                    "workdays",
                    "calendar.workdays",
                    Optional.of(BusinessCalendar.DEFAULT.workdays()),
                    n -> nodes.values(n, "calendar.workdays", CalendarText::day).map(Set::copyOf));
            var holidays = nodes.optional(
                    entries,
                    "holidays",
                    "calendar.holidays",
                    Optional.<Set<java.time.LocalDate>>of(Set.of()),
                    n -> nodes.values(n, "calendar.holidays", CalendarText::date)
                            .map(Set::copyOf));
            if (zone.isEmpty() || workdays.isEmpty() || holidays.isEmpty()) {
                return Optional.empty();
            }
            return construct(
                    node, entries, "calendar", () -> new BusinessCalendar(zone.get(), workdays.get(), holidays.get()));
        });
    }

    private Optional<Group> group(Node node, String field) {
        return nodes.mapping(node, field, GROUP_KEYS).flatMap(entries -> {
            Optional<String> name = nodes.requiredValue(entries, node, field, "name", text -> text);
            Optional<List<String>> members = nodes.optional(
                    entries,
                    "members",
                    field + ".members",
                    Optional.<List<String>>of(List.of()),
                    n -> nodes.values(n, field + ".members", text -> text));
            if (name.isEmpty() || members.isEmpty()) {
                return Optional.empty();
            }
            return construct(node, entries, field, () -> new Group(name.get(), members.get()));
        });
    }

    private Optional<EnvironmentRule> environment(Node node, String field) {
        return nodes.mapping(node, field, ENVIRONMENT_KEYS).flatMap(entries -> {
            Optional<String> name = nodes.requiredValue(entries, node, field, "name", text -> text);
            var leadTime = nodes.optionalValue(entries, field, "leadTime", LeadTime::parse);
            var trustRequestedAt = nodes.optionalValue(entries, field, "trustRequestedAt", YamlNodes::bool);
            var approvals = nodes.optional(
                    entries,
                    "approvals",
                    field + ".approvals",
                    Optional.<List<ApprovalRequirement>>of(List.of()),
                    n -> nodes.list(n, field + ".approvals", this::approval));
            var separation = nodes.optionalValue(entries, field, "separationOfDuties", YamlNodes::bool);
            var windows = nodes.optional(
                    entries,
                    "windows",
                    field + ".windows",
                    Optional.<List<ChangeWindow>>of(List.of()),
                    n -> nodes.values(n, field + ".windows", ChangeWindow::parse));
            var closedOnHolidays = nodes.optionalValue(entries, field, "closedOnHolidays", YamlNodes::bool);
            var freezes = nodes.optional(
                    entries,
                    "freezes",
                    field + ".freezes",
                    Optional.<List<Freeze>>of(List.of()),
                    n -> nodes.list(n, field + ".freezes", this::freeze));
            var exceptions = nodes.optional(
                    entries,
                    "exceptions",
                    field + ".exceptions",
                    Optional.of(Optional.<ExceptionPolicy>empty()),
                    n -> exceptionPolicy(n, field + ".exceptions").map(Optional::of));
            var timeout = nodes.optionalValue(entries, field, "approvalTimeout", EnvironmentRule::parseApprovalTimeout);
            if (name.isEmpty()
                    || leadTime.isEmpty()
                    || trustRequestedAt.isEmpty()
                    || closedOnHolidays.isEmpty()
                    || approvals.isEmpty()
                    || separation.isEmpty()
                    || windows.isEmpty()
                    || freezes.isEmpty()
                    || exceptions.isEmpty()
                    || timeout.isEmpty()) {
                return Optional.empty();
            }
            return construct(
                    node,
                    entries,
                    field,
                    () -> new EnvironmentRule(
                            name.get(),
                            leadTime.get().orElse(null),
                            trustRequestedAt.get().orElse(false),
                            approvals.get(),
                            separation.get().orElse(false),
                            windows.get(),
                            closedOnHolidays.get().orElse(false),
                            freezes.get(),
                            exceptions.get().orElse(null),
                            timeout.get().orElse(null)));
        });
    }

    private Optional<ApprovalRequirement> approval(Node node, String field) {
        return nodes.mapping(node, field, APPROVAL_KEYS).flatMap(entries -> {
            var group = nodes.optionalValue(entries, field, "group", text -> text);
            var users = nodes.optional(
                    entries,
                    "users",
                    field + ".users",
                    Optional.<List<String>>of(List.of()),
                    n -> nodes.values(n, field + ".users", text -> text));
            var count = nodes.optionalValue(entries, field, "count", ApprovalRequirement::parseCount);
            if (group.isEmpty() || users.isEmpty() || count.isEmpty()) {
                return Optional.empty();
            }
            return construct(
                    node,
                    entries,
                    field,
                    () -> new ApprovalRequirement(
                            group.get().orElse(null), users.get(), count.get().orElse(1)));
        });
    }

    private Optional<Freeze> freeze(Node node, String field) {
        return nodes.mapping(node, field, FREEZE_KEYS).flatMap(entries -> {
            var from = nodes.requiredValue(entries, node, field, "from", CalendarText::localDateTime);
            var to = nodes.requiredValue(entries, node, field, "to", CalendarText::localDateTime);
            var reason = nodes.optionalValue(entries, field, "reason", text -> text);
            if (from.isEmpty() || to.isEmpty() || reason.isEmpty()) {
                return Optional.empty();
            }
            return construct(
                    node,
                    entries,
                    field,
                    () -> new Freeze(from.get(), to.get(), reason.get().orElse(null)));
        });
    }

    private Optional<ExceptionPolicy> exceptionPolicy(Node node, String field) {
        return nodes.mapping(node, field, EXCEPTION_KEYS).flatMap(entries -> {
            var grantedBy = nodes.requiredValue(entries, node, field, "grantedBy", text -> text);
            var waive = nodes.optional(
                    entries,
                    "waive",
                    field + ".waive",
                    Optional.of(List.<CheckId>of()),
                    n -> nodes.values(n, field + ".waive", CheckId::waivable));
            var requireTicket = nodes.optionalValue(entries, field, "requireTicket", YamlNodes::bool);
            if (grantedBy.isEmpty() || waive.isEmpty() || requireTicket.isEmpty()) {
                return Optional.empty();
            }
            return construct(
                    node,
                    entries,
                    field,
                    () -> new ExceptionPolicy(
                            grantedBy.get(),
                            Set.copyOf(waive.get()),
                            requireTicket.get().orElse(false)));
        });
    }

    /** Runs a validating constructor, turning its refusal into a problem at the object's line. */
    private <T> Optional<T> construct(Node node, String field, Supplier<T> constructor) {
        return construct(node, Map.of(), field, constructor);
    }

    /**
     * Runs a validating constructor, turning its refusal into a problem at the line of the key it
     * names (or of the object, when the key is absent).
     */
    private <T> Optional<T> construct(Node node, Map<String, Node> entries, String field, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (InvalidRuleException invalid) {
            String where =
                    field.isEmpty() ? invalid.field() : invalid.under(field).field();
            Node at = entries.getOrDefault(invalid.field().split("[.\\[]", 2)[0], node);
            nodes.problem(at, where, invalid.problem());
            return Optional.empty();
        }
    }
}
