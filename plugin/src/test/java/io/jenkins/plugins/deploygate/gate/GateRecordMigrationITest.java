package io.jenkins.plugins.deploygate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A gate stored before decisions were kept as the engine's JSON still shows what it decided. */
@WithJenkins
class GateRecordMigrationITest {

    /** A gate record as build.xml held it before: the decision in separate fields, the checks as lines. */
    private static final String OLD_RECORD =
            """
            <io.jenkins.plugins.deploygate.gate.GateRecord>
              <id>4</id>
              <environment>production</environment>
              <changeId>CHG-1</changeId>
              <requestedAt>1795186800000</requestedAt>
              <requestedBy>carol</requestedBy>
              <committers><string>dave</string></committers>
              <votes/>
              <state>OPEN</state>
              <rule>production</rule>
              <verdict>OPEN</verdict>
              <notBefore>0</notBefore>
              <evaluatedAt>1795359600000</evaluatedAt>
              <deadline>0</deadline>
              <checks>
                <io.jenkins.plugins.deploygate.gate.CheckLine>
                  <id>leadTime</id>
                  <state>PASSED</state>
                  <message>production needs 48h notice: requested Fri 20 Nov 15:00 UTC</message>
                  <notBefore>0</notBefore>
                </io.jenkins.plugins.deploygate.gate.CheckLine>
              </checks>
              <notified>true</notified>
            </io.jenkins.plugins.deploygate.gate.GateRecord>
            """;

    @Test
    void anOldRecordReadsAsTheDecisionItStored(JenkinsRule r) {
        GateRecord gate = (GateRecord) Run.XSTREAM2.fromXML(OLD_RECORD);

        GateDecision decision = gate.getDecision();
        assertThat(decision).isNotNull();
        assertThat(gate.getVerdict()).isEqualTo("OPEN");
        assertThat(gate.getRule()).isEqualTo("production");
        assertThat(gate.getChecks()).singleElement().satisfies(check -> {
            assertThat(check.getId()).isEqualTo("leadTime");
            assertThat(check.getState()).isEqualTo("PASSED");
            assertThat(check.getMessage()).startsWith("production needs 48h notice");
        });
        assertThat(gate.getEvaluatedAt()).isEqualTo(1795359600000L);
        assertThat(gate.getFirstSeenAt()).isEqualTo(1795186800000L);
        assertThat(gate.getRequestedBy()).isEqualTo("carol");
        assertThat(decision.request().committers()).containsExactly("dave");
        assertThat(decision.requestTime().at()).isEqualTo(Instant.ofEpochMilli(1795186800000L));
        // No summary was stored then: the pages and messages fall back to the checks.
        assertThat(gate.getSummary()).isNull();
        assertThat(GateResult.explain(decision)).isEmpty();
    }

    @Test
    void aRecordWrittenNowReadsBackAsTheSameDecision(JenkinsRule r) {
        GateRecord old = (GateRecord) Run.XSTREAM2.fromXML(OLD_RECORD);

        GateRecord again = (GateRecord) Run.XSTREAM2.fromXML(Run.XSTREAM2.toXML(old));

        assertThat(again.getDecision()).isEqualTo(old.getDecision());
        assertThat(Run.XSTREAM2.toXML(again)).contains("<decision>").doesNotContain("<verdict>");
    }
}
