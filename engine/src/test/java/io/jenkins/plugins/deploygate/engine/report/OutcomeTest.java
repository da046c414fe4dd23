package io.jenkins.plugins.deploygate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule for how a deployment ended when nobody said: the report builder and Jenkins use it alike. */
class OutcomeTest {

    @ParameterizedTest(name = "command failed {0}, errors {1}, stopped at the gate {2}: {3}")
    @CsvSource({
        "false, false, false, SUCCESS",
        "true,  false, false, FAILED",
        "false, true,  false, FAILED",
        "false, false, true,  FAILED",
        "true,  true,  true,  FAILED"
    })
    void aDeploymentFailedWhenItsCommandItsOutputOrItsGateSaysSo(
            boolean commandFailed, boolean errors, boolean stopped, Outcome expected) {
        assertThat(Outcome.observed(commandFailed, errors, stopped)).isEqualTo(expected);
    }

    @Test
    void theBuilderInfersTheOutcomeFromAFailedCommandWithoutErrors() {
        DeploymentReport.Builder report = DeploymentReport.builder()
                .job("shop-deploy")
                .capture("flyway", new ScanResult(3, 60, false, List.of(), 0));

        assertThat(report.build().outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.commandFailed(true).build().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anOutcomeGivenOutrightWins() {
        DeploymentReport report = DeploymentReport.builder()
                .commandFailed(true)
                .outcome(Outcome.ROLLED_BACK)
                .build();

        assertThat(report.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    }
}
