package io.jenkins.plugins.deploygate.engine.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Any rule values and any instants give a decision, or a refusal in words where a value is read:
 * never an overflow, an {@link ArithmeticException} or a {@link java.time.DateTimeException}.
 * Without {@code JAZZER_FUZZ=1} it runs its seeds (under {@code
 * src/test/resources/.../GateFuzzTestInputs/}) as an ordinary test.
 */
class GateFuzzTest {

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "Pacific/Kiritimati", "Pacific/Niue");

    @FuzzTest(maxDuration = "60s")
    void anyRuleValuesAndInstantsGiveADecision(FuzzedDataProvider data) {
        ZoneId zone = ZoneId.of(ZONES.get(data.consumeInt(0, ZONES.size() - 1)));
        Set<DayOfWeek> workdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (data.consumeBoolean()) {
                workdays.add(day);
            }
        }
        if (workdays.isEmpty()) {
            workdays.add(DayOfWeek.MONDAY);
        }
        Set<LocalDate> holidays = new java.util.HashSet<>(List.of(
                LocalDate.ofEpochDay(data.consumeLong(0, 2_900_000)),
                LocalDate.ofEpochDay(data.consumeLong(0, 2_900_000))));
        BusinessCalendar calendar = new BusinessCalendar(zone, workdays, holidays);

        EnvironmentRule rule = EnvironmentRule.open("production")
                .withTrustRequestedAt(data.consumeBoolean())
                .withSeparationOfDuties(data.consumeBoolean())
                .withClosedOnHolidays(data.consumeBoolean())
                .withApprovals(List.of(ApprovalRequirement.ofGroup("dba", data.consumeInt(1, 3))));
        String leadTime = data.consumeString(24);
        rule = withRead(rule, () -> EnvironmentRule.open("x").withLeadTime(LeadTime.parse(leadTime)));
        String window = data.consumeString(32);
        rule = withRead(rule, () -> EnvironmentRule.open("x").withWindows(List.of(ChangeWindow.parse(window))));
        String from = data.consumeString(24);
        String to = data.consumeString(24);
        rule = withRead(rule, () -> EnvironmentRule.open("x")
                .withFreezes(
                        List.of(new Freeze(CalendarText.localDateTime(from), CalendarText.localDateTime(to), "Fuzz"))));
        String timeout = data.consumeString(16);
        rule = withRead(rule, () -> EnvironmentRule.open("x").withApprovalTimeout(DurationText.parse(timeout)));
        rule = rule.withExceptions(
                new ExceptionPolicy("dba", Set.of(CheckId.FREEZE, CheckId.WINDOW), data.consumeBoolean()));

        GateRules rules = new GateRules(calendar, List.of(new Group("dba", List.of("alice", "bob"))), List.of(rule));
        Instant now = instant(data);
        GateRequest request = GateRequest.of(
                        data.consumeBoolean() ? "production" : "Prоduction", "CHG-1", instant(data))
                .withDeclaredRequestedAt(data.consumeBoolean() ? instant(data) : null)
                .withRequestedBy(data.consumeBoolean() ? "frank" : null);
        Deadline deadline = data.consumeBoolean()
                ? Deadline.NONE
                : Deadline.from(
                        now, data.consumeBoolean() ? null : Duration.ofSeconds(data.consumeLong(1, 31_536_000)));

        GateDecision decision = GateEvaluator.withGroupsOf(rules)
                .evaluate(rules, request, new Approvals(List.of("alice", "bob"), List.of()), null, now, deadline);

        assertThat(decision.verdict()).isNotNull();
        assertThat(GateDecisionJson.read(GateDecisionJson.write(decision), now)).isEqualTo(decision);
    }

    /** The rule with what {@code read} adds to it, or unchanged when the value is refused; a refusal is in words. */
    private static EnvironmentRule withRead(EnvironmentRule rule, Supplier<EnvironmentRule> read) {
        try {
            EnvironmentRule with = read.get();
            return new EnvironmentRule(
                    rule.name(),
                    with.leadTime() != null ? with.leadTime() : rule.leadTime(),
                    rule.trustRequestedAt(),
                    rule.approvals(),
                    rule.separationOfDuties(),
                    with.windows().isEmpty() ? rule.windows() : with.windows(),
                    rule.closedOnHolidays(),
                    with.freezes().isEmpty() ? rule.freezes() : with.freezes(),
                    rule.exceptions(),
                    with.approvalTimeout() != null ? with.approvalTimeout() : rule.approvalTimeout());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception", "java.");
            return rule;
        }
    }

    private static Instant instant(FuzzedDataProvider data) {
        return Instant.ofEpochSecond(
                data.consumeLong(InstantText.EARLIEST.getEpochSecond(), InstantText.LATEST.getEpochSecond()));
    }
}
