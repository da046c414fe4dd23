package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    private static final String EXAMPLE = "../docs/examples/rules.yaml";

    @Test
    void contractExampleAsJsonWaitsForTuesday() {
        CliRun run = check(
                "--environment",
                "production",
                "--change",
                "CHG-1234",
                "--first-seen",
                "2026-11-20T14:00:00Z",
                "--requested-by",
                "frank",
                "--approval",
                "alice",
                "--approval",
                "carol",
                "--approval",
                "dave",
                "--now",
                "2026-11-20T15:00",
                "--format",
                "json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .startsWith("{\"environment\":\"production\",\"rule\":\"production\",\"verdict\":\"WAIT\","
                        + "\"notBefore\":\"2026-11-24T17:00:00Z\",\"checks\":["
                        + "{\"id\":\"leadTime\",\"state\":\"PENDING\",\"message\":\"production needs 2 business days'"
                        + " notice: first seen Fri 20 Nov 15:00 CET, allowed from Tue 24 Nov 15:00 CET\","
                        + "\"notBefore\":\"2026-11-24T14:00:00Z\"},"
                        + "{\"id\":\"window\",\"state\":\"PENDING\",")
                .contains(
                        "{\"id\":\"approvals\",\"state\":\"PASSED\",\"message\":\"production needs 1 of dba (alice, bob)"
                                + " and 2 of change-board (carol, dave, erin): dba 1 of 1 (alice), change-board 2 of 2"
                                + " (carol, dave)\"}],")
                // The 72h approval timeout ends on Monday, before the lead time: only an exception can help.
                .contains("\"summary\":\"waiting for an exception from dba (alice, bob) that waives the lead time and"
                        + " window, with a ticket, until Mon 23 Nov 15:00 CET (the 72h timeout): without one it cannot"
                        + " open before Tue 24 Nov 18:00 CET\",\"awaits\":[\"EXCEPTION\"]")
                .contains("\"change\":\"CHG-1234\"")
                .endsWith("}" + System.lineSeparator());
        assertThat(run.out().lines()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: exit {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # when (Berlin)     | exit | why
            2026-11-24T18:00    | 0    | lead time passed, inside the Tuesday window
            2026-11-24T22:00    | 3    | window closed at 22:00
            2026-11-23T19:00    | 3    | Monday: lead time not yet passed
            2026-12-22T19:00    | 3    | inside the year-end freeze: waits for an exception the rule allows
            """)
    void exitStatusFollowsTheVerdict(String now, int exit, String why) {
        CliRun run = check(
                "--environment",
                "production",
                "--first-seen",
                "2026-11-20T15:00",
                "--requested-by",
                "frank",
                "--approval",
                "alice",
                "--approval",
                "carol",
                "--approval",
                "dave",
                "--now",
                now);

        assertThat(run.exitCode()).as(why).isEqualTo(exit);
    }

    @Test
    void textOutputHasAHeadlineAndOneLinePerCheck() {
        CliRun run = check(
                "--environment",
                "production",
                "--first-seen",
                "2026-11-20T15:00",
                "--requested-by",
                "frank",
                "--approval",
                "alice",
                "--approval",
                "carol",
                "--approval",
                "dave",
                "--now",
                "2026-11-24T18:30");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "production: OPEN (rule production)",
                        "  leadTime: PASSED: production needs 2 business days' notice: first seen Fri 20 Nov 15:00 CET,"
                                + " allowed from Tue 24 Nov 15:00 CET",
                        "  window: PASSED: production deploys only in Tue,Thu 18:00-22:00 (Europe/Berlin): open until"
                                + " Tue 24 Nov 22:00 CET",
                        "  freeze: PASSED: no freeze of production in effect; next: Year-end freeze from Fri 18 Dec 00:00 CET",
                        "  approvals: PASSED: production needs 1 of dba (alice, bob) and 2 of change-board (carol, dave,"
                                + " erin): dba 1 of 1 (alice), change-board 2 of 2 (carol, dave)");
    }

    @Test
    void unknownEnvironmentIsBlockedListingTheConfiguredNames() {
        CliRun run = CliRun.of(
                "check",
                "--rules",
                "src/test/resources/rules/minimal.yaml",
                "--environment",
                "prod",
                "--now",
                "2026-11-20T14:00:00Z",
                "--format",
                "json");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out())
                .startsWith("{\"environment\":\"prod\",\"rule\":null,\"verdict\":\"BLOCKED\",\"notBefore\":null,"
                        + "\"checks\":[{\"id\":\"environment\",\"state\":\"FAILED\","
                        + "\"message\":\"no rule for environment \\\"prod\\\"; configured: qa\"}]");
    }

    @Test
    void catchAllOpensWithNoChecks() {
        CliRun run = check("--environment", "dev", "--now", "2026-11-20T14:00:00Z", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("{\"environment\":\"dev\",\"rule\":\"*\",\"verdict\":\"OPEN\",\"notBefore\":null,"
                        + "\"checks\":[],");
    }

    @Test
    void firstSightingDefaultsToNow() {
        CliRun run = CliRun.of(
                "check",
                "--rules",
                "src/test/resources/rules/minimal.yaml",
                "--environment",
                "qa",
                "--now",
                "2026-11-20T14:00:00Z",
                "--format",
                "json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .contains("\"notBefore\":\"2026-11-20T15:00:00Z\"", "\"requestedAt\":\"2026-11-20T14:00:00Z\"");
    }

    @Test
    void rejectionByAnEligibleUserBlocks() {
        CliRun run = check(
                "--environment",
                "staging-eu",
                "--first-seen",
                "2026-11-20T08:00",
                "--now",
                "2026-11-20T15:00",
                "--approval",
                "alice",
                "--rejection",
                "bob");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out())
                .contains("approvals: FAILED: staging* needs 1 of dba (alice, bob): rejected by bob (dba)");
    }

    @Test
    void validExceptionWaivesTheFreezeAndIsAudited() {
        CliRun run = check(
                "--environment",
                "production",
                "--requested-by",
                "frank",
                "--committer",
                "gina",
                "--first-seen",
                "2026-12-22T09:00",
                "--now",
                "2026-12-22T10:00",
                "--approval",
                "alice",
                "--approval",
                "carol",
                "--approval",
                "dave",
                "--exception",
                "bob",
                "--reason",
                "Payment outage",
                "--ticket",
                "INC-42",
                "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"verdict\":\"OPEN\"", "{\"id\":\"freeze\",\"state\":\"WAIVED\",\"message\":\"waived by bob")
                .contains("\"exception\":{\"grantedBy\":\"bob\",\"grantedAt\":\"2026-12-22T09:00:00Z\","
                        + "\"reason\":\"Payment outage\",\"ticket\":\"INC-42\",\"valid\":true,\"problem\":null,"
                        + "\"waived\":[\"leadTime\",\"window\",\"freeze\"]}");
    }

    @Test
    void exceptionWithoutTicketIsNotAppliedAndTheOutputSaysWhy() {
        CliRun run = check(
                "--environment",
                "production",
                "--requested-by",
                "frank",
                "--first-seen",
                "2026-12-22T09:00",
                "--now",
                "2026-12-22T10:00",
                "--exception",
                "bob",
                "--reason",
                "Payment outage");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .contains("  exception: exception by bob not applied: production requires a ticket for an exception")
                .startsWith("production: WAIT (rule production): waiting for an exception from dba (alice, bob) that"
                        + " waives the lead time, window and freeze, with a ticket, until Fri 25 Dec 10:00 CET (the 72h"
                        + " timeout): without one it cannot open before Tue 5 Jan 2027 18:00 CET;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --now=yesterday              | --now: "yesterday" is not an ISO instant (2026-11-20T14:00:00Z) or a local date-time (2026-11-20T15:00)
            --requested-at=2026-11-20    | --requested-at: "2026-11-20" is not an ISO instant
            --first-seen=2026-11-20      | --first-seen: "2026-11-20" is not an ISO instant
            --format=xml                 | expected one of [text, json] (case-insensitive)
            --reason=because             | --reason and --ticket describe an exception: give --exception USER too
            """)
    void invalidInputExitsTwoWithAMessageAndNoStackTrace(String option, String message) {
        CliRun run = check("--environment", "production", option);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidRulesFileExitsTwoWithItsProblems() {
        CliRun run = CliRun.of(
                "check", "--rules", "src/test/resources/rules/many-problems.yaml", "--environment", "production");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("many-problems.yaml:13: environments[0].leadTime: ");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.of("check", "--environment", "production");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rules");
    }

    private static CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--rules", EXAMPLE));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }
}
