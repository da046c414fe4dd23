package io.jenkins.plugins.deploygate.config;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
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
import io.jenkins.plugins.deploygate.engine.rules.InvalidRuleException;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one conversion of the stored configuration into the engine's rules and catalogue entries.
 * Every value is handed to the engine's parsers and validating constructors (the ones {@code
 * deploy-gate validate} uses, so the form, JCasC and the command line refuse the same values); each
 * refusal becomes a {@link ConfigProblem} at its YAML path, and mapping goes on so that one save
 * reports every problem.
 */
final class RulesMapper {

    private final List<ConfigProblem> problems = new ArrayList<>();

    private RulesMapper() {}

    static MappedRules map(
            CalendarConfig calendar,
            List<GroupConfig> groups,
            List<EnvironmentConfig> environments,
            List<CatalogEntryConfig> catalog) {
        RulesMapper mapper = new RulesMapper();
        BusinessCalendar businessCalendar = calendar == null ? BusinessCalendar.DEFAULT : mapper.calendar(calendar);
        List<Group> engineGroups = mapper.each(groups, "groups", mapper::group);
        List<EnvironmentRule> rules = mapper.each(environments, "environments", mapper::environment);
        GateRules gateRules = mapper.problems.isEmpty()
                ? mapper.attempt("", () -> new GateRules(businessCalendar, engineGroups, rules))
                : null;
        // After the rules: a bad catalogue entry must not stop every gate.
        List<CatalogEntry> entries = mapper.each(catalog, "catalog", mapper::catalogEntry);
        return new MappedRules(gateRules, entries, mapper.problems);
    }

    private BusinessCalendar calendar(CalendarConfig calendar) {
        var zone = attempt(
                "calendar.zone", () -> CalendarText.zone(calendar.getZone() == null ? "UTC" : calendar.getZone()));
        var workdays = new HashSet<>(values(calendar.getWorkdays(), "calendar.workdays", CalendarText::day));
        var holidays = new HashSet<>(values(calendar.getHolidays(), "calendar.holidays", CalendarText::date));
        return zone == null ? null : attempt("calendar", () -> new BusinessCalendar(zone, workdays, holidays));
    }

    private Group group(GroupConfig group, String path) {
        return attempt(path, () -> new Group(group.getName(), group.getMembers()));
    }

    private EnvironmentRule environment(EnvironmentConfig environment, String path) {
        int before = problems.size();
        LeadTime leadTime = optional(environment.getLeadTime(), path + ".leadTime", LeadTime::parse);
        List<ApprovalRequirement> approvals = each(environment.getApprovals(), path + ".approvals", this::approval);
        List<ChangeWindow> windows = values(environment.getWindows(), path + ".windows", ChangeWindow::parse);
        List<Freeze> freezes = each(environment.getFreezes(), path + ".freezes", this::freeze);
        ExceptionPolicy exceptions = environment.getExceptions() == null
                ? null
                : exceptionPolicy(environment.getExceptions(), path + ".exceptions");
        Duration timeout = optional(
                environment.getApprovalTimeout(), path + ".approvalTimeout", EnvironmentRule::parseApprovalTimeout);
        if (problems.size() > before) {
            return null;
        }
        return attempt(
                path,
                () -> new EnvironmentRule(
                        environment.getName(),
                        leadTime,
                        environment.isTrustRequestedAt(),
                        approvals,
                        environment.isSeparationOfDuties(),
                        windows,
                        environment.isClosedOnHolidays(),
                        freezes,
                        exceptions,
                        timeout));
    }

    private ApprovalRequirement approval(ApprovalConfig approval, String path) {
        return attempt(
                path, () -> new ApprovalRequirement(approval.getGroup(), approval.getUsers(), approval.getCount()));
    }

    private Freeze freeze(FreezeConfig freeze, String path) {
        var from = optional(freeze.getFrom(), path + ".from", CalendarText::localDateTime);
        var to = optional(freeze.getTo(), path + ".to", CalendarText::localDateTime);
        boolean unparsable = (freeze.getFrom() != null && from == null) || (freeze.getTo() != null && to == null);
        return unparsable ? null : attempt(path, () -> new Freeze(from, to, freeze.getReason()));
    }

    private ExceptionPolicy exceptionPolicy(ExceptionConfig policy, String path) {
        int before = problems.size();
        List<CheckId> waive = values(policy.getWaive(), path + ".waive", CheckId::waivable);
        if (problems.size() > before) {
            return null;
        }
        return attempt(
                path,
                () -> new ExceptionPolicy(
                        policy.getGrantedBy(),
                        waive.isEmpty() ? null : new HashSet<>(waive),
                        policy.isRequireTicket()));
    }

    private CatalogEntry catalogEntry(CatalogEntryConfig entry, String path) {
        return attempt(path, entry::toEntry);
    }

    /** Maps every item of a list of nested objects, dropping (and reporting) those refused. */
    private <C, T> List<T> each(List<C> configs, String path, BiFunction<C, String, T> mapping) {
        List<T> mapped = new ArrayList<>();
        List<C> items = configs == null ? List.of() : configs;
        for (int i = 0; i < items.size(); i++) {
            T value = mapping.apply(items.get(i), path + "[" + i + "]");
            if (value != null) {
                mapped.add(value);
            }
        }
        return mapped;
    }

    /** Parses every string of a list, naming the bad item by its index. */
    private <T> List<T> values(List<String> texts, String path, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            T value = attempt(path + "[" + i + "]", () -> parser.apply(text));
            if (value != null) {
                parsed.add(value);
            }
        }
        return parsed;
    }

    private <T> T optional(String text, String path, Function<String, T> parser) {
        return text == null ? null : attempt(path, () -> parser.apply(text));
    }

    /** Runs a validating engine constructor or parser; a refusal becomes a problem at {@code path}. */
    private <T> T attempt(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidRuleException invalid) {
            InvalidRuleException located = path.isEmpty() ? invalid : invalid.under(path);
            problems.add(new ConfigProblem(located.field(), located.problem()));
        } catch (IllegalArgumentException invalid) {
            problems.add(new ConfigProblem(path, invalid.getMessage()));
        }
        return null;
    }
}
