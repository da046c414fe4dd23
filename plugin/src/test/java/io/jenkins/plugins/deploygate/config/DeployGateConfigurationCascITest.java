package io.jenkins.plugins.deploygate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.Freeze;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.LogRecorder;

/** The rules YAML of docs/rules-reference.md applies to Jenkins as-is, and what Jenkins exports applies back. */
@WithJenkinsConfiguredWithCode
class DeployGateConfigurationCascITest {

    @Test
    @ConfiguredWithCode("contracts-rules.yml")
    void contractYamlAppliesAsIs(JenkinsConfiguredWithCodeRule r) throws Exception {
        DeployGateConfiguration config = DeployGateConfiguration.get();
        assertThat(config.getMapped().problems()).isEmpty();

        GateRules rules = config.getRules();
        assertThat(rules.calendar().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(rules.calendar().workdays())
                .containsExactlyInAnyOrder(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(rules.calendar().holidays())
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26),
                        LocalDate.of(2027, 1, 1));
        assertThat(rules.groupsByName().get("dba").members()).containsExactly("alice", "bob");
        assertThat(rules.groupsByName().get("change-board").members()).containsExactly("carol", "dave", "erin");
        assertThat(rules.environmentNames()).containsExactly("production", "staging*", "*");

        EnvironmentRule production = rules.ruleFor("production").orElseThrow();
        assertThat(production.leadTime()).isEqualTo(new LeadTime.BusinessDays(2));
        assertThat(production.approvals())
                .containsExactly(ApprovalRequirement.ofGroup("dba", 1), ApprovalRequirement.ofGroup("change-board", 2));
        assertThat(production.separationOfDuties()).isTrue();
        assertThat(production.windows()).extracting(ChangeWindow::text).containsExactly("Tue,Thu 18:00-22:00");
        assertThat(production.freezes())
                .containsExactly(new Freeze(
                        LocalDateTime.of(2026, 12, 18, 0, 0), LocalDateTime.of(2027, 1, 4, 0, 0), "Year-end freeze"));
        assertThat(production.exceptions())
                .isEqualTo(new ExceptionPolicy("dba", Set.of(CheckId.LEAD_TIME, CheckId.WINDOW, CheckId.FREEZE), true));
        assertThat(production.approvalTimeout()).isEqualTo(Duration.ofHours(72));

        EnvironmentRule staging = rules.ruleFor("staging-eu").orElseThrow();
        assertThat(staging.name()).isEqualTo("staging*");
        assertThat(staging.leadTime()).isEqualTo(new LeadTime.Fixed(Duration.ofHours(4)));
        assertThat(staging.approvals()).containsExactly(ApprovalRequirement.ofGroup("dba", 1));

        EnvironmentRule catchAll = rules.ruleFor("sandbox").orElseThrow();
        assertThat(catchAll.name()).isEqualTo("*");
        assertThat(catchAll.approvals()).isEmpty();
        assertThat(catchAll.leadTime()).isNull();
    }

    @Test
    @ConfiguredWithCode("contracts-rules.yml")
    void exportedYamlAppliesBackToTheSameRules(JenkinsConfiguredWithCodeRule r, @TempDir Path dir) throws Exception {
        GateRules applied = DeployGateConfiguration.get().getRules();
        Path file = dir.resolve("exported.yml");
        Files.writeString(file, exportedYaml(), StandardCharsets.UTF_8);

        DeployGateConfiguration.get().setEnvironments(List.of());
        DeployGateConfiguration.get().setGroups(List.of());
        DeployGateConfiguration.get().setCalendar(null);
        ConfigurationAsCode.get().configure(file.toString());

        assertThat(DeployGateConfiguration.get().getRules()).isEqualTo(applied);
    }

    @Test
    @ConfiguredWithCode("contracts-rules.yml")
    void globalConfigurationPageSavesTheSameRules(JenkinsConfiguredWithCodeRule r) throws Exception {
        GateRules applied = DeployGateConfiguration.get().getRules();

        r.configRoundtrip();

        assertThat(DeployGateConfiguration.get().getMapped().problems()).isEmpty();
        assertThat(DeployGateConfiguration.get().getRules()).isEqualTo(applied);
    }

    @Test
    void trustedRequestTimeAndHolidayClosuresApplyExportBackAndWarningsAreLogged(
            JenkinsConfiguredWithCodeRule r, @TempDir Path dir) throws Exception {
        String file = DeployGateConfigurationCascITest.class
                .getResource("options-rules.yml")
                .toExternalForm();

        try (LogRecorder logs = new LogRecorder()
                .record(DeployGateConfiguration.class, Level.WARNING)
                .capture(10)) {
            ConfigurationAsCode.get().configure(file);

            // One apply, one save, one line per warning: the same warning deploy-gate validate gives.
            assertThat(logs.getMessages())
                    .singleElement()
                    .asString()
                    .startsWith("Deploy Gate rules: environments[0].approvals[0].group: \"dbas\" is defined nowhere")
                    .contains("did you mean dba?");
        }
        GateRules applied = DeployGateConfiguration.get().getRules();
        EnvironmentRule reporting = applied.ruleFor("reporting").orElseThrow();
        assertThat(reporting.trustRequestedAt()).isTrue();
        assertThat(reporting.closedOnHolidays()).isTrue();

        Path exported = dir.resolve("exported.yml");
        Files.writeString(exported, exportedYaml(), StandardCharsets.UTF_8);
        DeployGateConfiguration.get().setEnvironments(List.of());
        ConfigurationAsCode.get().configure(exported.toString());

        assertThat(exportedYaml()).contains("trustRequestedAt: true").contains("closedOnHolidays: true");
        assertThat(DeployGateConfiguration.get().getRules()).isEqualTo(applied);
    }

    private static String exportedYaml() throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = Util.getUnclassifiedRoot(context).get("deployGate");
        String body = Util.toYamlString(exported)
                .lines()
                .filter(line -> !line.equals("---"))
                .map(line -> "    " + line)
                .collect(Collectors.joining("\n"));
        return "unclassified:\n  deployGate:\n" + body + "\n";
    }

    @Test
    @ConfiguredWithCode("catalog-rules.yml")
    void catalogueEntriesReachTheEngine(JenkinsConfiguredWithCodeRule r) {
        List<CatalogEntry> entries = DeployGateConfiguration.get().getCatalogEntries();

        assertThat(entries)
                .containsExactly(new CatalogEntry(
                        "acme.audit-trigger",
                        "postgresql",
                        null,
                        "P0001",
                        "Audit trigger refused the change",
                        "audit trigger refused: (.*)",
                        Severity.ERROR,
                        "Ask the DBA team to register the change in the audit table first.",
                        "https://wiki.example.com/dba/audit"));
    }
}
