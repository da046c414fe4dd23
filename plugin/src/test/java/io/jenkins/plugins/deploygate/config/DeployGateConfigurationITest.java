package io.jenkins.plugins.deploygate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The global configuration reports what the engine refuses, by field, in forms and at run time. */
@WithJenkins
class DeployGateConfigurationITest {

    @Test
    void refusedValuesAreReportedByTheirYamlPath(JenkinsRule r) {
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
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("environments[0].leadTime: ")
                        .contains("bussiness"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("environments[0].approvals[0]")
                        .contains("not both"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("environments[0].windows[1]")
                        .contains("Caturday"));
        assertThatThrownBy(config::getRules)
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environments[0].leadTime");
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
        assertThat(config.getMapped().problems()).singleElement().asString().startsWith("catalog[0]: pattern");
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

        CalendarConfig.DescriptorImpl calendar = r.jenkins.getDescriptorByType(CalendarConfig.DescriptorImpl.class);
        assertThat(calendar.doCheckZone("Europe/Berlin").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(calendar.doCheckZone("Europe/Atlantis").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(calendar.doCheckWorkdaysText("MON, TUE, WED").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(calendar.doCheckWorkdaysText("MON, FUNDAY").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(calendar.doCheckHolidaysText("2026-12-24\n2026-02-30").kind).isEqualTo(FormValidation.Kind.ERROR);

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
