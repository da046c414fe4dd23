package io.jenkins.plugins.deploygate.bench;

import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.engine.rules.GroupDirectory;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import io.jenkins.plugins.deploygate.engine.rules.RuleWarning;
import io.jenkins.plugins.deploygate.engine.rules.RulesValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and validating rules with many environments: what {@code deploy-gate validate}, the
 * Jenkins form and JCasC do with the engine ({@link GateRules}' order check, then {@link
 * io.jenkins.plugins.deploygate.engine.rules.RulesValidator}). Nine in ten entries are exact
 * tenant names, one in ten a glob with a literal prefix, and the last a catch-all, so that the cost
 * per entry shows whether the order check stays linear.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ValidationBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ValidationBenchmark {

    @Param({"10000", "50000"})
    private int environments;

    private List<EnvironmentRule> rules;
    private List<Group> groups;

    @Setup
    public void setUp() {
        groups = List.of(new Group("dba", List.of("alice", "bob")));
        rules = new ArrayList<>();
        LeadTime fourHours = LeadTime.parse("4h");
        List<ChangeWindow> mornings = List.of(ChangeWindow.parse("Mon-Fri 06:00-08:00"));
        for (int i = 0; i < environments - 1; i++) {
            String name = i % 10 == 9 ? String.format("region-%06d-*", i) : String.format("tenant-%06d", i);
            rules.add(EnvironmentRule.open(name)
                    .withLeadTime(fourHours)
                    .withApprovals(List.of(ApprovalRequirement.ofGroup("dba", 1)))
                    .withWindows(mornings));
        }
        rules.add(EnvironmentRule.open("*"));
    }

    @Benchmark
    public List<RuleWarning> buildAndValidate() {
        GateRules built = new GateRules(BusinessCalendar.DEFAULT, groups, rules);
        return RulesValidator.warnings(built, GroupDirectory.NONE);
    }
}
