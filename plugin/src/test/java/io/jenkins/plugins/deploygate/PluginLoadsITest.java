package io.jenkins.plugins.deploygate;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.PluginWrapper;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PluginLoadsITest {

    @Test
    void pluginIsActiveAndLoadsTheEngine(JenkinsRule j) throws Exception {
        PluginWrapper plugin = j.jenkins.getPluginManager().getPlugin("deploy-gate");

        assertThat(plugin).isNotNull();
        assertThat(plugin.isActive()).isTrue();
        // The engine is reachable through the plugin's class loader. Which loader defines it cannot be
        // checked here: under the test harness the plugin's loader delegates to the test class path
        // first (ClassicPluginStrategy: parent = core's loader), which holds the engine jar too. That
        // the .hpi bundles exactly the engine is checked at build time (hpi.strictBundledArtifacts).
        Class<?> engineType = plugin.classLoader.loadClass("io.jenkins.plugins.deploygate.engine.gate.GateEvaluator");
        assertThat(engineType.getName()).isEqualTo("io.jenkins.plugins.deploygate.engine.gate.GateEvaluator");
    }
}
