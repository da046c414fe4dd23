package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What a capture stores reads back as the engine's values, through Jenkins' own XStream and class
 * filter, and what older builds stored still reads.
 */
@WithJenkins
class CaptureStorageITest {

    /** A details file as the plugin wrote it before findings kept their lines, statement and wrapper. */
    private static final String OLD_DETAILS =
            """
            <?xml version='1.1' encoding='UTF-8'?>
            <deploy-gate-report>
              <findings class="linked-hash-map">
                <entry>
                  <string>7</string>
                  <list>
                    <finding>
                      <id>postgresql.42P01</id>
                      <engine>postgresql</engine>
                      <tool>flyway</tool>
                      <code>42P01</code>
                      <severity>ERROR</severity>
                      <title>Relation does not exist</title>
                      <message>relation &quot;customers&quot; does not exist</message>
                      <line>14</line>
                      <count>2</count>
                      <migrationVersion>3</migrationVersion>
                      <migrationScript>V3__add_orders.sql</migrationScript>
                      <migrationLine>12</migrationLine>
                      <fix>Create the table first.</fix>
                      <context>
                        <string>SQL State  : 42P01</string>
                        <string>Message    : ERROR: relation &quot;customers&quot; does not exist</string>
                      </context>
                      <contextStart>13</contextStart>
                    </finding>
                  </list>
                </entry>
              </findings>
            </deploy-gate-report>
            """;

    /** A capture summary as build.xml held it before unrecognised failures were kept. */
    private static final String OLD_SUMMARY =
            """
            <io.jenkins.plugins.deploygate.capture.CaptureAction>
              <captures>
                <io.jenkins.plugins.deploygate.capture.CaptureSummary>
                  <id>7</id>
                  <name>flyway</name>
                  <linesScanned>40</linesScanned>
                  <bytesScanned>2048</bytesScanned>
                  <silentFailure>false</silentFailure>
                  <bodyFailed>true</bodyFailed>
                  <errors>1</errors>
                  <warnings>0</warnings>
                  <findingsDropped>0</findingsDropped>
                  <errorsByEngine>
                    <entry>
                      <string>postgresql</string>
                      <int>1</int>
                    </entry>
                  </errorsByEngine>
                  <parts>
                    <io.jenkins.plugins.deploygate.capture.LogPart>
                      <nodeId>8</nodeId>
                      <step>sh</step>
                      <firstLine>1</firstLine>
                    </io.jenkins.plugins.deploygate.capture.LogPart>
                  </parts>
                </io.jenkins.plugins.deploygate.capture.CaptureSummary>
              </captures>
            </io.jenkins.plugins.deploygate.capture.CaptureAction>
            """;

    @Test
    void linesThatDoNotFitTheirFindingFallBackToItsLine(JenkinsRule r, @TempDir File build) throws Exception {
        // A details file edited by hand: its lines start elsewhere than the finding's line.
        String edited = OLD_DETAILS.replace(
                "<count>2</count>", "<count>2</count>\n<lines><long>99</long><long>14</long></lines>");
        Files.writeString(new File(build, CaptureDetails.FILE_NAME).toPath(), edited, StandardCharsets.UTF_8);

        CaptureDetails details = CaptureDetails.load(build);

        assertThat(details.of("7")).singleElement().satisfies(stored -> {
            assertThat(stored.getLines()).containsExactly(14L);
            assertThat(stored.toFinding().lines()).containsExactly(14L);
        });
    }

    @Test
    void anOldDetailsFileReadsWithTheEnginesDefaults(JenkinsRule r, @TempDir File build) throws Exception {
        Files.writeString(new File(build, CaptureDetails.FILE_NAME).toPath(), OLD_DETAILS, StandardCharsets.UTF_8);

        CaptureDetails details = CaptureDetails.load(build);

        assertThat(details.of("7")).singleElement().satisfies(stored -> {
            assertThat(stored.getLines()).containsExactly(14L);
            assertThat(stored.getStatement()).isNull();
            assertThat(stored.getWrapper()).isNull();
            assertThat(stored.getMigrationAuthor()).isNull();
            Finding finding = stored.toFinding();
            assertThat(finding.lines()).containsExactly(14L);
            assertThat(finding.count()).isEqualTo(2);
            assertThat(finding.migration()).isEqualTo(new MigrationRef("3", "V3__add_orders.sql", 12));
            assertThat(finding.statement()).isNull();
            assertThat(finding.wrapper()).isNull();
            assertThat(finding.contextStart()).isEqualTo(13);
        });
        assertThat(details.outputEnd("7")).isNull();
    }

    @Test
    void aFindingReadsBackWhole(JenkinsRule r, @TempDir File build) throws Exception {
        Finding finding = new Finding(
                "postgresql.42601",
                "postgresql",
                "liquibase",
                "42601",
                Severity.ERROR,
                "Syntax error",
                "syntax error at or near \"TABEL\"",
                35,
                52,
                List.of(35L, 80L),
                new MigrationRef("create-orders", "changelog.sql", null, "bob"),
                "CREATE TABEL orders (\n  note TEXT DEFAULT '" + PipelineFixtures.HOSTILE + "'\n)",
                new Wrapper(
                        "liquibase.changeset-failed",
                        "Migration failed for changeset changelog.sql::create-orders::bob",
                        34),
                "Correct the statement.",
                "https://www.postgresql.org/docs/current/sql-syntax.html",
                List.of("ERROR: Exception Details", "  Position: 8 [Failed SQL: (0) CREATE TABEL orders]"),
                34);
        UnrecognisedFailure failure = new UnrecognisedFailure(3, List.of("+ exit 3"), 12);
        CaptureDetails details = CaptureDetails.load(build);
        details.put("7", List.of(CapturedFinding.of(finding)), null);
        details.put("12", List.of(), CapturedOutputEnd.of(failure));

        details.save(build);
        CaptureDetails read = CaptureDetails.load(build);

        assertThat(read.of("7"))
                .singleElement()
                .extracting(CapturedFinding::toFinding)
                .isEqualTo(finding);
        assertThat(read.outputEnd("12").toFailure(3)).isEqualTo(failure);
        // JEP-200: a build directory holds plugin-defined classes and JDK types, never the engine's.
        String file = Files.readString(new File(build, CaptureDetails.FILE_NAME).toPath(), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("io.jenkins.plugins.deploygate.engine");
    }

    @Test
    void anOldSummaryHasNoUnrecognisedFailure(JenkinsRule r) {
        CaptureAction action = (CaptureAction) Run.XSTREAM2.fromXML(OLD_SUMMARY);

        assertThat(action.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getUnrecognisedFailure()).isNull();
            assertThat(capture.isBodyFailed()).isTrue();
            assertThat(capture.getErrors()).isEqualTo(1);
        });
        assertThat(action.isUnrecognisedFailure()).isFalse();
    }
}
