package io.jenkins.plugins.deploygate.bench;

import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One gate decision against rules with 50 environments (target: 50 µs or less). The request
 * matches the 50th rule, a glob, so every rule is tried; that rule has every check, and the lead
 * time ends inside a freeze, so the notBefore search has to jump across the freeze to a window.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar GateBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GateBenchmark {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private GateRules rules;
    private GateEvaluator evaluator;
    private GateRequest request;
    private Approvals approvals;
    private Instant now;

    @Setup
    public void setUp() {
        BusinessCalendar calendar = new BusinessCalendar(
                BERLIN,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        List<Group> groups = List.of(
                new Group("dba", List.of("alice", "bob", "ben")),
                new Group("change-board", List.of("carol", "dave", "erin", "fay")),
                new Group("security", List.of("sam", "sue")));
        List<EnvironmentRule> environments = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            environments.add(rule(i % 2 == 0 ? "env-" + i : "region-" + i + "-*"));
        }
        environments.add(rule("prod-*"));
        rules = new GateRules(calendar, groups, environments);
        evaluator = GateEvaluator.withGroupsOf(rules);
        request = GateRequest.of("prod-eu-1", "CHG-1234", calendar.instantOf(LocalDateTime.parse("2026-12-16T10:00")))
                .withRequestedBy("frank")
                .withCommitters(List.of("gina", "hal"));
        approvals = new Approvals(
                List.of("alice", "frank", "carol", "dave", "carol", "mallory", "sam", "gina"), List.of("zed"));
        now = calendar.instantOf(LocalDateTime.parse("2026-12-16T11:00"));
    }

    private static EnvironmentRule rule(String name) {
        return EnvironmentRule.open(name)
                .withLeadTime(LeadTime.parse("2 business days"))
                .withApprovals(List.of(
                        ApprovalRequirement.ofGroup("dba", 1),
                        ApprovalRequirement.ofGroup("change-board", 2),
                        ApprovalRequirement.ofGroup("security", 1)))
                .withSeparationOfDuties(true)
                .withWindows(List.of(ChangeWindow.parse("Tue,Thu 18:00-22:00"), ChangeWindow.parse("Sat 08:00-12:00")))
                .withFreezes(List.of(
                        new Freeze(
                                LocalDateTime.parse("2026-12-18T00:00"),
                                LocalDateTime.parse("2027-01-04T00:00"),
                                "Year-end freeze"),
                        new Freeze(
                                LocalDateTime.parse("2027-03-29T00:00"),
                                LocalDateTime.parse("2027-04-06T00:00"),
                                "Quarter close")))
                .withExceptions(new ExceptionPolicy("dba", Set.of(CheckId.LEAD_TIME, CheckId.FREEZE), true))
                .withApprovalTimeout(Duration.ofHours(72));
    }

    @Benchmark
    public GateDecision decideWithFiftyEnvironments() {
        return evaluator.evaluate(rules, request, approvals, null, now, Deadline.NONE);
    }
}
