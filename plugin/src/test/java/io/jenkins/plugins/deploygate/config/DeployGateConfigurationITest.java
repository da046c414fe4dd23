package io.jenkins.plugins.deploygate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import java.util.List;
import java.util.logging.Level;
import jenkins.model.Jenkins;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global configuration refuses what the engine refuses and warns where the engine warns, by
 * field: in words on the form, by YAML path in the system log.
 */
@WithJenkins
class DeployGateConfigurationITest {

    @Test
    void refusedValuesAreKeptByTheirYamlPathAndToldInWords(JenkinsRule r) {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("2 bussiness days");
        ApprovalConfig approval = new ApprovalConfig();
        approval.setGroup("dba");
        approval.setUsers(List.of("alice"));
        production.setApprovals(List.of(approval));
        production.setWindows(List.of("Tue,Thu 18:00-22:00", "Caturday 10:00-11:00"));
        DeployGateConfiguration config = DeployGateConfiguration.get();

        config.setEnvironments(List.of(production));

        assertThat(config.getMapped().problems())
                .extracting(ConfigProblem::field)
                .containsExactly(
                        "environments[0].leadTime", "environments[0].approvals[0]", "environments[0].windows[1]");
        assertThat(config.getMapped().problems().get(0).problem()).contains("bussiness");
        assertThatThrownBy(config::getRules)
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Environment rule \"production\", lead time: \"2 bussiness days\" is not")
                .hasMessageContaining(
                        "Environment rule \"production\", approval requirement 1: name either a group or users, not both")
                .hasMessageContaining("Environment rule \"production\", change window 2: ")
                .hasMessageNotContaining("environments[0]");
    }

    @Test
    void theFormRefusesABadValueAndSaysWhereInWords(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        DeployGateConfiguration.get().setEnvironments(List.of(production));
        JenkinsRule.WebClient web = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = web.goTo("configure").getFormByName("config");
        form.getInputByValue("48h").setValue("2 bussiness days");

        HtmlPage refused = r.submit(form);

        assertThat(refused.asNormalizedText())
                .contains("The Deploy Gate rules were not saved")
                .contains("Environment rule \"production\", lead time: \"2 bussiness days\" is not a duration")
                .doesNotContain("environments[0]");
        assertThat(DeployGateConfiguration.get().getEnvironments().get(0).getLeadTime())
                .isEqualTo("48h");
    }

    @Test
    void warningsOfTheSavedRulesAreShownOnTheFormAndLoggedWhenSaved(JenkinsRule r) throws Exception {
        ApprovalConfig approval = new ApprovalConfig();
        approval.setGroup("dbas");
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setApprovals(List.of(approval));
        production.setWindows(List.of("18:00-08:00"));
        GroupConfig dba = new GroupConfig("dba");
        dba.setMembers(List.of("alice"));
        DeployGateConfiguration config = DeployGateConfiguration.get();
        config.setGroups(List.of(dba));

        try (LogRecorder logs = new LogRecorder()
                .record(DeployGateConfiguration.class, Level.WARNING)
                .capture(10)) {
            config.setEnvironments(List.of(production));

            assertThat(logs.getMessages())
                    .anySatisfy(message -> assertThat(message)
                            .startsWith(
                                    "Deploy Gate rules: environments[0].approvals[0].group: \"dbas\" is defined nowhere")
                            .contains("did you mean dba?"))
                    .anySatisfy(
                            message -> assertThat(message)
                                    .startsWith(
                                            "Deploy Gate rules: environments[0].windows[0]: \"18:00-08:00\" ends before it starts"));
        }
        assertThat(config.getMapped().problems()).isEmpty();
        String page = r.createWebClient().goTo("configure").asNormalizedText();
        assertThat(page)
                .contains("The rules as saved apply, but some look unintended")
                .contains("Environment rule \"production\", approval requirement 1, group: \"dbas\" is defined nowhere")
                .contains("Environment rule \"production\", change window 1: \"18:00-08:00\" ends before it starts");
    }

    @Test
    void fieldChecksWarnAsTheValidatorWarns(JenkinsRule r) {
        GroupConfig dba = new GroupConfig("dba");
        dba.setMembers(List.of("alice"));
        DeployGateConfiguration.get().setGroups(List.of(dba));
        ApprovalConfig.DescriptorImpl approval = r.jenkins.getDescriptorByType(ApprovalConfig.DescriptorImpl.class);
        ExceptionConfig.DescriptorImpl exceptions = r.jenkins.getDescriptorByType(ExceptionConfig.DescriptorImpl.class);
        EnvironmentConfig.DescriptorImpl environment =
                r.jenkins.getDescriptorByType(EnvironmentConfig.DescriptorImpl.class);

        FormValidation unknownGroup = approval.doCheckGroup("dbas");
        FormValidation overnight = environment.doCheckWindowsText("Tue 18:00-08:00");

        assertThat(unknownGroup.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(unknownGroup.getMessage())
                .contains("dbas")
                .contains("defined nowhere")
                .contains("did you mean dba?");
        assertThat(approval.doCheckGroup("dba").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(exceptions.doCheckGrantedBy("dbas").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(overnight.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(overnight.getMessage()).contains("ends before it starts");
        assertThat(environment.doCheckWindowsText("Tue 22:00-02:00").kind).isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void aBadCatalogueEntryDoesNotStopTheGates(JenkinsRule r) throws Exception {
        DeployGateConfiguration config = DeployGateConfiguration.get();
        config.setEnvironments(List.of(new EnvironmentConfig("*")));
        CatalogEntryConfig entry = new CatalogEntryConfig("acme.bad", "Bad pattern", "Fix the pattern");
        entry.setPattern("(unclosed");

        config.setCatalog(List.of(entry));

        assertThat(config.getRules().environmentNames()).containsExactly("*");
        assertThat(config.getCatalogEntries()).isEmpty();
        assertThat(config.getMapped().problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("catalog[0]"))
                .asString()
                .startsWith("catalog[0]: pattern");
    }

    @Test
    void fieldChecksSayWhatTheEngineSays(JenkinsRule r) {
        EnvironmentConfig.DescriptorImpl environment =
                r.jenkins.getDescriptorByType(EnvironmentConfig.DescriptorImpl.class);
        assertThat(environment.doCheckLeadTime("2 business days").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(environment.doCheckLeadTime("48h").kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation badLeadTime = environment.doCheckLeadTime("soon");
        assertThat(badLeadTime.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(badLeadTime.getMessage()).contains("soon").contains("business days");
        assertThat(environment.doCheckWindowsText("Tue,Thu 18:00-22:00\nFri 22:00-02:00").kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(environment.doCheckWindowsText("Tue 25:00-26:00").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(environment.doCheckApprovalTimeout("72h").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(environment.doCheckApprovalTimeout("three days").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(environment.doCheckApprovalTimeout("400d").kind).isEqualTo(FormValidation.Kind.ERROR);

        CalendarConfig.DescriptorImpl calendar = r.jenkins.getDescriptorByType(CalendarConfig.DescriptorImpl.class);
        assertThat(calendar.doCheckZone("Europe/Berlin").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(calendar.doCheckZone("Europe/Atlantis").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(calendar.doCheckWorkdaysText("MON, TUE, WED").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(calendar.doCheckWorkdaysText("MON, FUNDAY").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(calendar.doCheckHolidaysText("2026-12-24\n2026-02-30").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(calendar.doCheckHolidaysText("0001-01-01").kind).isEqualTo(FormValidation.Kind.ERROR);

        ExceptionConfig.DescriptorImpl exceptions = r.jenkins.getDescriptorByType(ExceptionConfig.DescriptorImpl.class);
        assertThat(exceptions.doCheckWaiveText("leadTime, window").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(exceptions.doCheckWaiveText("environment").kind).isEqualTo(FormValidation.Kind.ERROR);

        FreezeConfig.DescriptorImpl freezes = r.jenkins.getDescriptorByType(FreezeConfig.DescriptorImpl.class);
        assertThat(freezes.doCheckFrom("2026-12-18T00:00").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(freezes.doCheckFrom("").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void fieldChecksNeedAdministerPermission(JenkinsRule r) {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(
                new MockAuthorizationStrategy().grant(Jenkins.READ).everywhere().to("reader"));
        EnvironmentConfig.DescriptorImpl environment =
                r.jenkins.getDescriptorByType(EnvironmentConfig.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            assertThatThrownBy(() -> environment.doCheckLeadTime("48h")).isInstanceOf(AccessDeniedException3.class);
        }
    }
}
