package io.jenkins.plugins.deploygate.engine.gate;

import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The contract's example rules (docs/rules-reference.md), built in code, and helpers to read Berlin times. */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar CALENDAR = new BusinessCalendar(
            BERLIN,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(
                    LocalDate.parse("2026-12-24"),
                    LocalDate.parse("2026-12-25"),
                    LocalDate.parse("2026-12-26"),
                    LocalDate.parse("2027-01-01")));
    static final List<Group> GROUPS = List.of(
            new Group("dba", List.of("alice", "bob")), new Group("change-board", List.of("carol", "dave", "erin")));

    static final Freeze YEAR_END = new Freeze(
            LocalDateTime.parse("2026-12-18T00:00"), LocalDateTime.parse("2027-01-04T00:00"), "Year-end freeze");

    /** Production without windows and freezes: the contract's JSON example. */
    static final EnvironmentRule PRODUCTION_NOTICE_AND_APPROVALS = EnvironmentRule.open("production")
            .withLeadTime(LeadTime.parse("2 business days"))
            .withApprovals(
                    List.of(ApprovalRequirement.ofGroup("dba", 1), ApprovalRequirement.ofGroup("change-board", 2)))
            .withSeparationOfDuties(true);

    static final EnvironmentRule PRODUCTION = PRODUCTION_NOTICE_AND_APPROVALS
            .withWindows(List.of(ChangeWindow.parse("Tue,Thu 18:00-22:00")))
            .withFreezes(List.of(YEAR_END))
            .withExceptions(new ExceptionPolicy("dba", Set.of(CheckId.LEAD_TIME, CheckId.WINDOW, CheckId.FREEZE), true))
            .withApprovalTimeout(Duration.ofHours(72));

    static final EnvironmentRule STAGING = EnvironmentRule.open("staging*")
            .withLeadTime(LeadTime.parse("4h"))
            .withApprovals(List.of(ApprovalRequirement.ofGroup("dba", 1)));

    static final GateRules RULES = rules(PRODUCTION, STAGING, EnvironmentRule.open("*"));

    private Fixtures() {}

    static GateRules rules(EnvironmentRule... environments) {
        return new GateRules(CALENDAR, GROUPS, List.of(environments));
    }

    static Instant berlin(String localDateTime) {
        return CALENDAR.instantOf(LocalDateTime.parse(localDateTime));
    }

    static GateRequest request(String environment, String requestedAt) {
        return GateRequest.of(environment, "CHG-1234", berlin(requestedAt))
                .withRequestedBy("frank")
                .withCommitters(List.of("gina"));
    }

    static Approvals approvedBy(String... users) {
        return new Approvals(List.of(users), List.of());
    }
}
