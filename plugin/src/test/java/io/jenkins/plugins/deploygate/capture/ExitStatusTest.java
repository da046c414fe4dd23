package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void aShellStepsFailureTellsItsStatus() {
        // The exception workflow-durable-task-step's sh, bat and powershell steps fail with.
        ExitStatus exit = ExitStatus.failedWith(new AbortException("script returned exit code 3"));

        assertThat(exit.failed()).isTrue();
        assertThat(exit.status()).isEqualTo(3);
        assertThat(exit.forScan(ScanOptions.defaults()))
                .isEqualTo(ScanOptions.defaults().withExitCode(3));
    }

    @Test
    void aWindowsStatusBeyondAByteIsKept() {
        ExitStatus exit = ExitStatus.failedWith(new AbortException("script returned exit code -1073741819"));

        assertThat(exit.status()).isEqualTo(-1073741819);
    }

    @Test
    void theStatusIsFoundInACause() {
        ExitStatus exit = ExitStatus.failedWith(
                new IOException("deployment step failed", new AbortException("script returned exit code 127")));

        assertThat(exit.status()).isEqualTo(127);
    }

    @Test
    void aFailureThatNamesNoStatusFailsWithAnUnknownOne() {
        for (Throwable failure : new Throwable[] {
            new AbortException("flyway exited with status 1"), // an error step's own words
            new IllegalStateException(), // no message at all
            new AbortException("script returned exit code 0"), // contradicts itself
            new AbortException("script returned exit code 99999999999"), // no int
            new AbortException("script returned exit code 9999999999"), // too large for one
            new AbortException("the script returned exit code 3 before") // not the step's sentence
        }) {
            ExitStatus exit = ExitStatus.failedWith(failure);

            assertThat(exit.failed()).as(failure.toString()).isTrue();
            assertThat(exit.status()).as(failure.toString()).isNull();
            // The scan must still tell a failure from a success.
            assertThat(exit.forScan(ScanOptions.defaults()))
                    .as(failure.toString())
                    .isEqualTo(ScanOptions.defaults().withFailureWithoutStatus());
        }
    }

    @Test
    void aLoopOfCausesEnds() {
        IOException first = new IOException("first");
        IOException second = new IOException("second", first);
        first.initCause(second);

        assertThat(ExitStatus.failedWith(first).status()).isNull();
    }

    @Test
    void successIsStatusZero() {
        assertThat(ExitStatus.succeeded().failed()).isFalse();
        assertThat(ExitStatus.succeeded().status()).isZero();
        assertThat(ExitStatus.succeeded().forScan(ScanOptions.defaults()))
                .isEqualTo(ScanOptions.defaults().withExitCode(0));
    }

    @Test
    void aFreestyleBuildTellsWhetherItFailedButNoStatus() {
        assertThat(ExitStatus.ofBuild(null).forScan(ScanOptions.defaults()))
                .isEqualTo(ScanOptions.defaults().withExitCode(0));
        assertThat(ExitStatus.ofBuild(Result.SUCCESS).forScan(ScanOptions.defaults()))
                .isEqualTo(ScanOptions.defaults().withExitCode(0));
        for (Result failed : new Result[] {Result.FAILURE, Result.ABORTED, Result.NOT_BUILT}) {
            ExitStatus exit = ExitStatus.ofBuild(failed);
            assertThat(exit.failed()).as(failed.toString()).isTrue();
            assertThat(exit.status()).as(failed.toString()).isNull();
            assertThat(exit.forScan(ScanOptions.defaults()))
                    .as(failed.toString())
                    .isEqualTo(ScanOptions.defaults().withFailureWithoutStatus());
        }
        // Unstable: the steps did not fail, but success is not certain either.
        ExitStatus unstable = ExitStatus.ofBuild(Result.UNSTABLE);
        assertThat(unstable.failed()).isFalse();
        assertThat(unstable.forScan(ScanOptions.defaults())).isEqualTo(ScanOptions.defaults());
    }
}
