package io.jenkins.plugins.deploygate;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.PluginWrapper;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PluginLoadsITest {

    @Test
    void pluginIsActiveWithTheEngineBundled(JenkinsRule j) throws Exception {
        PluginWrapper plugin = j.jenkins.getPluginManager().getPlugin("deploy-gate");

        assertThat(plugin).isNotNull();
        assertThat(plugin.isActive()).isTrue();
        // The engine must come from the plugin's own WEB-INF/lib, loaded by the plugin's class loader.
        Class<?> engineType = plugin.classLoader.loadClass("io.jenkins.plugins.deploygate.engine.gate.GateEvaluator");
        assertThat(engineType.getClassLoader()).isSameAs(plugin.classLoader);
    }
}
