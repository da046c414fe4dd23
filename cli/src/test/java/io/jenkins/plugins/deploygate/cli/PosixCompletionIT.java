package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The distribution's bash completion script, sourced in bash. Windows has no bash to source it in:
 * the build leaves this test out there (cli/pom.xml, profile "windows").
 */
class PosixCompletionIT {

    @Test
    void theCompletionScriptCompletesCommandsAndFormats() throws Exception {
        assertThat(complete("deploy-gate sc")).isEqualTo("scan");
        assertThat(complete("deploy-gate scan --format ")).isEqualTo("text json markdown html sarif");
        assertThat(complete("deploy-gate report --audience ")).isEqualTo("STAKEHOLDERS DEVELOPERS");
    }

    /** What bash offers for {@code line} with the completion script sourced, as one line. */
    private static String complete(String line) throws Exception {
        String script = String.join(
                "\n",
                "source \"$1\"",
                "read -r -a COMP_WORDS <<< \"$2\"",
                "[[ \"$2\" == *' ' ]] && COMP_WORDS+=('')",
                "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=$2; COMP_POINT=${#2}",
                "_complete_deploy-gate deploy-gate \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
                "echo \"${COMPREPLY[*]}\"");
        ProcessBuilder bash = new ProcessBuilder(
                "bash",
                "-c",
                script,
                "complete",
                Launcher.home().resolve("completion/deploy-gate_completion").toString(),
                line);
        Launcher.Run run = Launcher.run(bash, null);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }
}
