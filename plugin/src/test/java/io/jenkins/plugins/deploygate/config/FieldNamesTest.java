package io.jenkins.plugins.deploygate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form names the fields of the rules in words, and items by their own names where they have one. */
class FieldNamesTest {

    private final FieldNames names = new FieldNames(
            Arrays.asList("production", null, "staging*"), List.of("dba"), List.of("acme.audit-trigger"));

    @Test
    void aNestedFieldIsNamedFromItsEnvironmentDown() {
        assertThat(names.describe("environments[0].approvals[1].count"))
                .isEqualTo("environment rule \"production\", approval requirement 2, count");
        assertThat(names.describe("environments[2].exceptions.waive[0]"))
                .isEqualTo("environment rule \"staging*\", emergency exceptions, waived check 1");
    }

    @Test
    void anItemWithoutANameIsNamedByItsPosition() {
        assertThat(names.describe("environments[1].name")).isEqualTo("environment rule 2, name");
        assertThat(names.describe("environments[7].leadTime")).isEqualTo("environment rule 8, lead time");
    }

    @Test
    void theCalendarGroupsAndCatalogueHaveTheirOwnWords() {
        assertThat(names.describe("calendar.holidays[2]")).isEqualTo("business calendar, holiday 3");
        assertThat(names.describe("groups[0].name")).isEqualTo("group \"dba\", name");
        assertThat(names.describe("catalog[0]")).isEqualTo("error catalogue entry \"acme.audit-trigger\"");
        assertThat(names.describe("")).isEqualTo("the rules");
    }

    @Test
    void aProblemReadsAsASentence() {
        ConfigProblem problem = new ConfigProblem("environments[0].leadTime", "\"soon\" is not a duration");

        assertThat(names.sentence(problem))
                .isEqualTo("Environment rule \"production\", lead time: \"soon\" is not a duration");
        assertThat(problem).hasToString("environments[0].leadTime: \"soon\" is not a duration");
    }

    @Test
    void aKeyTheFormDoesNotNameKeepsItsYamlName() {
        assertThat(names.describe("environments[0].somethingNew"))
                .isEqualTo("environment rule \"production\", somethingNew");
    }
}
