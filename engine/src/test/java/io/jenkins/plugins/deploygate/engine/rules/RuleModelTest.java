package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleModelTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "production, production, true",
        "production, production-eu, false",
        "production, Production, true",
        "production, ' production ', true",
        "Staging*, STAGING-EU, true",
        "production, prоduction, false",
        "staging*, staging, true",
        "staging*, staging-eu-2, true",
        "staging*, pre-staging, false",
        "db-?, db-1, true",
        "db-?, db-12, false",
        "*-eu-*, prod-eu-1, true",
        "*-eu-*, prod-us-1, false",
        "*, anything at all, true",
        "a*b*c, axxbyyc, true",
        "a*b*c, axxbyy, false",
        "qa.*, qa-1, false"
    })
    void environmentNamesAreExactOrGlobs(String name, String environment, boolean matches) {
        assertThat(EnvironmentRule.open(name).matches(environment)).isEqualTo(matches);
    }

    @Test
    void firstMatchingRuleWins() {
        GateRules rules = new GateRules(
                null,
                List.of(),
                List.of(
                        EnvironmentRule.open("staging-eu").withLeadTime(LeadTime.parse("1h")),
                        EnvironmentRule.open("staging*").withLeadTime(LeadTime.parse("4h")),
                        EnvironmentRule.open("*")));

        assertThat(rules.ruleFor("staging-eu").orElseThrow().leadTime()).isEqualTo(LeadTime.parse("1h"));
        assertThat(rules.ruleFor("staging-us").orElseThrow().leadTime()).isEqualTo(LeadTime.parse("4h"));
        assertThat(rules.ruleFor("dev").orElseThrow().name()).isEqualTo("*");
    }

    @Test
    void approvalRequirementNamesEitherAGroupOrUsers() {
        assertThatThrownBy(() -> new ApprovalRequirement("dba", List.of("alice"), 1))
                .hasMessage("name either a group or users, not both");
        assertThatThrownBy(() -> new ApprovalRequirement(null, List.of(), 1))
                .hasMessage("name either a group or users, not neither");
    }

    @Test
    void approvalCountMustBeReachable() {
        assertThatThrownBy(() -> ApprovalRequirement.ofGroup("dba", 0))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("count: 0 is not a number of approvals (1 or more)");
        assertThatThrownBy(() -> ApprovalRequirement.ofUsers(List.of("alice", "bob"), 3))
                .hasMessage("count: 3 approvals can never come from the 2 listed users");
    }

    @Test
    void freezeMustEndAfterItStarts() {
        LocalDateTime from = LocalDateTime.parse("2027-01-04T00:00");

        assertThatThrownBy(() -> new Freeze(from, from, "x"))
                .hasMessage("to: \"2027-01-04T00:00\" must be after from \"2027-01-04T00:00\"");
        assertThat(new Freeze(from, from.plusDays(1), " ").reason()).isEqualTo("Freeze");
    }

    @Test
    void exceptionPolicyNeedsAGroupAndChecksToWaiveButNeverTheEnvironment() {
        assertThatThrownBy(() -> new ExceptionPolicy(" ", Set.of(CheckId.LEAD_TIME), false))
                .hasMessageStartingWith("grantedBy: missing");
        assertThatThrownBy(() -> new ExceptionPolicy("dba", Set.of(), false)).hasMessageStartingWith("waive: ");
        assertThatThrownBy(() -> new ExceptionPolicy("dba", Set.of(CheckId.ENVIRONMENT), false))
                .hasMessage("waive: \"environment\" cannot be waived");
    }

    @Test
    void duplicateNamesAreRefusedWithTheirIndex() {
        assertThatThrownBy(() -> new GateRules(
                        null,
                        List.of(),
                        List.of(EnvironmentRule.open("production"), EnvironmentRule.open("production"))))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("environments[1].name: \"production\" is listed twice (environments[0]); only the first"
                        + " can match");
        assertThatThrownBy(() -> new GateRules(
                        null, List.of(new Group("dba", List.of()), new Group("dba", List.of())), List.of()))
                .hasMessage("groups[1].name: \"dba\" is defined twice");
    }

    @Test
    void approvalTimeoutMustBePositiveAndIsExposed() {
        assertThatThrownBy(() -> EnvironmentRule.open("p").withApprovalTimeout(Duration.ZERO))
                .hasMessage("approvalTimeout: 0m must be more than zero");
        assertThat(EnvironmentRule.open("p")
                        .withApprovalTimeout(Duration.ofHours(72))
                        .timeout())
                .contains(Duration.ofHours(72));
        assertThat(EnvironmentRule.open("p").timeout()).isEmpty();
    }

    @Test
    void problemsCanBeRelocatedUnderAnEnclosingField() {
        InvalidRuleException problem = new InvalidRuleException("count", "0 is bad");

        assertThat(problem.under("environments[2].approvals[0]").getMessage())
                .isEqualTo("environments[2].approvals[0].count: 0 is bad");
    }

    @Test
    void checkIdsReadTheContractSpelling() {
        assertThat(CheckId.fromId("leadTime")).contains(CheckId.LEAD_TIME);
        assertThat(CheckId.fromId("LEADTIME")).contains(CheckId.LEAD_TIME);
        assertThat(CheckId.fromId("lead")).isEmpty();
    }
}
