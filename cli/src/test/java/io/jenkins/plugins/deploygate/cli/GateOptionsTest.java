package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request options of {@code check} that keep a gate honest, the new keys, and values at the edges. */
class GateOptionsTest {

    private static final String RULES = "src/test/resources/rules/new-keys.yaml";

    @Test
    void theNewKeysAreReadAndTheDeclaredTimeCountsWhereTheRuleTrustsIt() {
        CliRun run = CliRun.of(
                "check",
                "--rules",
                RULES,
                "--environment",
                "PRODUCTION",
                "--requested-at",
                "2026-12-21T18:30",
                "--requested-by",
                "alice",
                "--approval",
                "bob",
                "--now",
                "2026-12-24T19:00");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .startsWith("PRODUCTION: WAIT (rule production): not before Thu 31 Dec 18:00 CET: production deploys"
                        + " only in Thu 18:00-22:00, not on holidays")
                .contains("requested Mon 21 Dec 18:30 CET (declared by the pipeline)")
                .contains("closed at Thu 24 Dec 19:00 CET");
    }

    @Test
    void aPossibleRequesterIsBarredAndTheOthersCount() {
        CliRun run = CliRun.of(
                "check",
                "--rules",
                RULES,
                "--environment",
                "production",
                "--possible-requester",
                "alice",
                "--approval",
                "alice",
                "--approval",
                "bob",
                "--now",
                "2026-12-17T19:00",
                "--first-seen",
                "2026-12-10T10:00",
                "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"requestedBy\":null,\"possibleRequesters\":[\"alice\"]")
                .contains("{\"user\":\"alice\",\"vote\":\"APPROVAL\",\"reason\":\"POSSIBLE_REQUESTER\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --now=9999-12-31T23:59:59Z                 | 3
            --now=1970-01-01T00:00:00Z                 | 3
            --timeout=none                             | 3
            --timeout=365d                             | 3
            """)
    void valuesAtTheEdgesGiveADecision(String option, int exit) {
        CliRun run =
                CliRun.of("check", "--rules", RULES, "--environment", "production", "--requested-by", "frank", option);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(exit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --first-seen=+10000-01-01T00:00:00Z        | --first-seen: "+10000-01-01T00:00:00Z" is outside the years 1970 to 9999
            --first-seen=2026-12-24T10:00              | --first-seen: 2026-12-24T10:00 is after --now: the gate cannot have seen the change yet
            --timeout=99999999999999999999d            | --timeout: "99999999999999999999d" is too long a duration; give a duration like 24h, or none
            --timeout=366d                             | --timeout: "366d" is not between 1s and a year (365d at most); give a duration like 24h, or none
            --possible-requester=alice                 | --possible-requester is for an unknown requester: leave it out with --requested-by
            """)
    void badRequestOptionsAreUsageErrorsInWords(String option, String message) {
        CliRun run = CliRun.of(
                "check",
                "--rules",
                RULES,
                "--environment",
                "production",
                "--requested-by",
                "frank",
                "--now",
                "2026-12-23T10:00",
                option);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
    }

    @Test
    void valuesBeyondTheBoundsAreRefusedAtValidationWithTheirLinesAndKeysCloseToKnownOnesAreNamed() {
        String file = "src/test/resources/rules/out-of-bounds.yaml";

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        file + ":4: calendar.holidays[0]: \"+12026-12-24\" is outside the years 1970 to 9999",
                        file + ":7: environments[0].leadTime: \"400d\" is longer than a year (365d at most)",
                        file
                                + ":8: environments[0].approvalTimeout: \"9000h\" is not between 1s and a year (365d at most)",
                        file + ":11: environments[0].freezes[0].to: \"+99999-01-04\" is outside the years 1970 to 9999",
                        file + ":13: environments[1].leadtime: unknown key; did you mean leadTime? expected one of"
                                + " name, leadTime, trustRequestedAt, approvals, separationOfDuties, windows,"
                                + " closedOnHolidays, freezes, exceptions, approvalTimeout",
                        file + ":14: environments[1].closedonholidays: unknown key; did you mean closedOnHolidays?"
                                + " expected one of name, leadTime, trustRequestedAt, approvals, separationOfDuties,"
                                + " windows, closedOnHolidays, freezes, exceptions, approvalTimeout");
    }

    @Test
    void warningsLeaveTheExitStatusAtZeroAndJsonCarriesThem() {
        CliRun text = CliRun.of("validate", "../docs/examples/rules-warnings.yaml");
        CliRun json = CliRun.of("validate", "--format", "json", "../docs/examples/rules-warnings.yaml");

        assertThat(text.exitCode()).isZero();
        assertThat(text.err().lines()).hasSize(3).allMatch(line -> line.contains(": warning: "));
        assertThat(json.exitCode()).isZero();
        assertThat(json.err()).isEmpty();
        assertThat(json.out())
                .startsWith("{\"file\":\"../docs/examples/rules-warnings.yaml\",\"valid\":true,\"problems\":[],"
                        + "\"warnings\":[{\"file\":\"../docs/examples/rules-warnings.yaml\",\"line\":12,"
                        + "\"field\":\"environments[0].approvals[0].group\",\"message\":");
    }

    @Test
    void aFileThatCannotBeReadIsAProblemWithoutALineInJson() {
        CliRun run = CliRun.of("validate", "--format", "json", "no-such.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .isEqualTo("{\"file\":\"no-such.yaml\",\"valid\":false,\"problems\":[{\"file\":\"no-such.yaml\","
                        + "\"line\":null,\"field\":null,\"message\":\"cannot read: no such file\"}],\"warnings\":[]}"
                        + System.lineSeparator());
    }
}
