package io.jenkins.plugins.deploygate.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesValidatorTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            ZoneId.of("Europe/Berlin"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.parse("2026-12-25")));
    private static final List<Group> GROUPS =
            List.of(new Group("dba", List.of("alice", "bob")), new Group("change-board", List.of("carol")));

    @Test
    void validRulesHaveNoWarnings() {
        EnvironmentRule production = EnvironmentRule.open("production")
                .withApprovals(List.of(ApprovalRequirement.ofGroup("dba", 1)))
                .withWindows(List.of(ChangeWindow.parse("Fri 22:00-02:00")))
                .withExceptions(new ExceptionPolicy("dba", Set.of(CheckId.FREEZE), false));

        assertThat(warnings(production, EnvironmentRule.open("*"))).isEmpty();
    }

    @Test
    void aGroupDefinedNowhereIsNamedWithTheClosestDefinedOne() {
        EnvironmentRule production = EnvironmentRule.open("production")
                .withApprovals(List.of(ApprovalRequirement.ofGroup("dbas", 1)))
                .withExceptions(new ExceptionPolicy("oncall", Set.of(CheckId.FREEZE), false));

        assertThat(warnings(production))
                .containsExactly(
                        new RuleWarning(
                                "environments[0].approvals[0].group",
                                "\"dbas\" is defined nowhere: the rules define change-board, dba, and no user"
                                        + " directory was asked: unless the security realm has this group, nobody can"
                                        + " approve; did you mean dba?"),
                        new RuleWarning(
                                "environments[0].exceptions.grantedBy",
                                "\"oncall\" is defined nowhere: the rules define change-board, dba, and no user"
                                        + " directory was asked: unless the security realm has this group, nobody can"
                                        + " grant an exception"));
    }

    @Test
    void aGroupTheDirectoryKnowsIsNoWarningAndOneItDoesNotKnowSaysItWasAsked() {
        EnvironmentRule production = EnvironmentRule.open("production")
                .withApprovals(List.of(
                        ApprovalRequirement.ofGroup("ldap-dba", 1), ApprovalRequirement.ofGroup("ldap-cab", 1)));
        GroupDirectory realm = group -> group.equals("ldap-dba");

        List<RuleWarning> warnings =
                RulesValidator.warnings(new GateRules(CALENDAR, GROUPS, List.of(production)), realm);

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("environments[0].approvals[1].group");
            assertThat(warning.message()).endsWith("nor does the user directory know it: nobody can approve");
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Tue 18:00-06:00   | none
            Fri 22:00-02:00   | none
            Mon-Fri 18:00-08:00 | "Mon-Fri 18:00-08:00" ends before it starts, so it stays open overnight for 14h, until 08:00 the next day: if it should end the same day, correct its times
            09:00-08:00       | "09:00-08:00" ends before it starts, so it stays open overnight for 23h, until 08:00 the next day: if it should end the same day, correct its times
            00:00-00:00       | none
            """)
    void aWindowEndingBeforeItStartsAndOpenMoreThan12HoursIsProbablyATypo(String window, String warning) {
        EnvironmentRule rule = EnvironmentRule.open("production").withWindows(List.of(ChangeWindow.parse(window)));

        List<RuleWarning> warnings = warnings(rule);

        if (warning.equals("none")) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).containsExactly(new RuleWarning("environments[0].windows[0]", warning));
        }
    }

    @Test
    void optionsWithoutEffectAreNamed() {
        EnvironmentRule rule =
                EnvironmentRule.open("production").withClosedOnHolidays(true).withTrustRequestedAt(true);

        assertThat(warnings(rule))
                .extracting(RuleWarning::field)
                .containsExactly("environments[0].trustRequestedAt", "environments[0].closedOnHolidays");
    }

    @Test
    void aPartlyShadowedEnvironmentIsAWarningAndOneThatCanNeverMatchAnError() {
        assertThat(warnings(EnvironmentRule.open("prod-*"), EnvironmentRule.open("*-eu")))
                .containsExactly(new RuleWarning(
                        "environments[1].name",
                        "\"*-eu\" is partly shadowed: environments[0] (\"prod-*\") takes names like \"prod-eu\""
                                + " first"));
        assertThatThrownBy(() -> new GateRules(
                        CALENDAR, GROUPS, List.of(EnvironmentRule.open("*"), EnvironmentRule.open("production"))))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("environments[1].name: \"production\" can never match: environments[0] (\"*\") matches"
                        + " first");
    }

    private static List<RuleWarning> warnings(EnvironmentRule... environments) {
        return RulesValidator.warnings(new GateRules(CALENDAR, GROUPS, List.of(environments)), GroupDirectory.NONE);
    }
}
