package io.jenkins.plugins.deploygate.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.builtIn();

    @Test
    void hasAtLeastFortyEntriesEachWithTitleFixAndVendorLink() {
        assertThat(catalogue.entries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.title()).isNotBlank();
            assertThat(entry.fix()).hasSizeGreaterThan(20);
            assertThat(entry.link()).startsWith("https://");
        });
        assertThat(catalogue.entries()).extracting(CatalogEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void coversEveryEngineAndTheToolLevelIdsOfTheContract() {
        assertThat(catalogue.entries())
                .extracting(CatalogEntry::engine)
                .contains("oracle", "postgresql", "mysql", "sqlserver");
        assertThat(catalogue.entries())
                .extracting(CatalogEntry::id)
                .contains(
                        "flyway.migration-failed",
                        "flyway.checksum-mismatch",
                        "flyway.failed-migration-detected",
                        "liquibase.changeset-failed",
                        "liquibase.checksum-mismatch",
                        "liquibase.lock-held");
    }

    @Test
    void aCodeWithoutItsOwnEntryGetsTheEnginesGenericEntryUnderItsOwnId() {
        CatalogEntry entry = catalogue.forCode("oracle", "ORA-01234");

        assertThat(entry.id()).isEqualTo("oracle.ORA-01234");
        assertThat(entry.code()).isEqualTo("ORA-01234");
        assertThat(entry.title()).isEqualTo("Oracle error ORA-01234");
        assertThat(entry.fix()).isEqualTo(catalogue.byId("oracle.*").fix());
    }

    @Test
    void mapsPsqlMessagesToSqlstates() {
        assertThat(catalogue.forMessage("postgresql", "column \"total\" of relation \"orders\" does not exist"))
                .extracting(CatalogEntry::code)
                .isEqualTo("42703");
        assertThat(catalogue.forMessage("postgresql", "relation \"orders\" already exists"))
                .extracting(CatalogEntry::code)
                .isEqualTo("42P07");
        assertThat(catalogue.forMessage(
                        "postgresql",
                        "null value in column \"sku\" of relation \"products\"" + " violates not-null constraint"))
                .extracting(CatalogEntry::code)
                .isEqualTo("23502");
        assertThat(catalogue.forMessage("postgresql", "something nobody catalogued"))
                .isNull();
    }

    @Test
    void extraEntriesReplaceBuiltInOnesOfTheSameIdAndAddNewCodes() {
        CatalogEntry ownFix = new CatalogEntry(
                "postgresql.42P01",
                "postgresql",
                null,
                "42P01",
                "Missing table",
                "relation \"[^\"]+\" does not exist",
                Severity.ERROR,
                "Ask the DBA team in #db-help.",
                null);
        CatalogEntry ownCode = new CatalogEntry(
                "oracle.ORA-20001",
                "oracle",
                null,
                "ORA-20001",
                "Release check failed",
                null,
                Severity.ERROR,
                "The release script refuses to run before V41.",
                null);

        Catalogue extended = catalogue.with(List.of(ownFix, ownCode));

        assertThat(extended.forCode("postgresql", "42P01").fix()).isEqualTo("Ask the DBA team in #db-help.");
        assertThat(extended.forCode("oracle", "ORA-20001").title()).isEqualTo("Release check failed");
        assertThat(extended.entries()).hasSize(catalogue.entries().size() + 1);
    }

    @Test
    void aCustomLineEntryIsFoundByTheScanner() {
        CatalogEntry lag = new CatalogEntry(
                "acme.replication-lag",
                null,
                null,
                null,
                "Replica lag too high",
                "replication lag of (\\d+ s) exceeds",
                Severity.WARNING,
                "Wait for the replica to catch up.",
                null);
        LogScanner scanner = new LogScanner(catalogue.with(List.of(lag)), ScanOptions.defaults());

        ScanResult result = scanner.scan("12:00:01 check: replication lag of 45 s exceeds 30 s\n".getBytes());

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("acme.replication-lag");
            assertThat(finding.message()).isEqualTo("45 s");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void rejectsEntriesNamingTheBadField() {
        assertThatThrownBy(() -> new CatalogEntry("x.1", "db2", null, "1", "t", null, Severity.ERROR, "fix", null))
                .hasMessageStartingWith("engine must be one of");
        assertThatThrownBy(() -> new CatalogEntry("x.1", null, null, null, "t", "(", Severity.ERROR, "fix", null))
                .hasMessageStartingWith("pattern is not a valid regular expression");
        assertThatThrownBy(() -> new CatalogEntry("x.1", null, null, "1", " ", null, Severity.ERROR, "fix", null))
                .hasMessage("title is required");
    }
}
