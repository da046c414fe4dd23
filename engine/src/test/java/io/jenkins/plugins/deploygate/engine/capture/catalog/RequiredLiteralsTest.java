package io.jenkins.plugins.deploygate.engine.capture.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void eachTopLevelAlternativeGivesItsLongestRunOfPlainCharacters() {
        assertThat(RequiredLiterals.of("^(?:relation|table) \"[^\"]+\" does not exist"))
                .contains(List.of("\" does not exist"));
        assertThat(RequiredLiterals.of("duplicate key value violates unique constraint|could not create unique index"))
                .contains(List.of("duplicate key value violates unique constraint", "could not create unique index"));
        assertThat(RequiredLiterals.of("Access denied for user '[^']*'@'[^']*' \\(using password"))
                .contains(List.of("Access denied for user '"));
    }

    @Test
    void aCharacterAQuantifierMakesOptionalIsNotRequired() {
        assertThat(RequiredLiterals.of("Migration failed for change ?set"))
                .contains(List.of("Migration failed for change"));
        assertThat(RequiredLiterals.of("colou?r")).contains(List.of("colo"));
        assertThat(RequiredLiterals.of("xyzb+c")).as("b once at least, then c").contains(List.of("xyzb"));
    }

    @Test
    void escapesOfLettersAndGroupsAreNoLiterals() {
        assertThat(RequiredLiterals.of("line \\d+, column \\d+")).contains(List.of(", column "));
        assertThat(RequiredLiterals.of("a\\.b\\d")).contains(List.of("a.b"));
    }

    @Test
    void aPatternWithoutALiteralInEveryAlternativeOrIgnoringCaseIsAlwaysRun() {
        assertThat(RequiredLiterals.of("foo bar|\\d+")).isEmpty();
        assertThat(RequiredLiterals.of("(?i)table .* not found")).isEmpty();
        assertThat(RequiredLiterals.of("(abc|def)")).isEmpty();
    }

    @Test
    void everyBuiltInMessagePatternMatchesOnlyTextsHoldingOneOfItsLiterals() {
        List<String> messages = List.of(
                "relation \"customer\" does not exist",
                "column \"email\" of relation \"customers\" contains null values",
                "null value in column \"id\" of relation \"t\" violates not-null constraint",
                "duplicate key value violates unique constraint \"products_sku_key\"",
                "insert or update on table \"orders\" violates foreign key constraint \"fk\"",
                "syntax error at or near \"TABEL\"",
                "must be owner of table customers",
                "permission denied for table audit_trail",
                "canceling statement due to lock timeout",
                "deadlock detected",
                "fe_sendauth: no password supplied",
                "Duplicate entry 'SKU-1001' for key 'sku'",
                "Access denied for user 'deployer'@'127.0.0.1' (using password: NO)",
                "Access denied for user 'deployer'@'127.0.0.1' to database 'inventory'",
                "Can't connect to server on '127.0.0.1' (115)",
                "Table 'shop.customer' doesn't exist",
                "table or view does not exist",
                "line 1, column 7:",
                "identifier 'X.Y' must be declared",
                "Invalid object name 'dbo.Orders'.",
                "Cannot drop the table 'x', because it does not exist or you do not have permission.",
                "Transaction (Process ID 52) was deadlocked on lock resources with another process and has been"
                        + " chosen as the deadlock victim.");
        for (CatalogEntry entry : BuiltInCatalogue.entries()) {
            if (entry.pattern() == null || entry.engine() == null) {
                continue;
            }
            var pattern = LinearPattern.compile(entry.pattern());
            var literals = RequiredLiterals.of(entry.pattern());
            for (String message : messages) {
                if (pattern.matcher(message).find() && literals.isPresent()) {
                    assertThat(literals.get())
                            .as("%s on '%s'", entry.id(), message)
                            .anyMatch(message::contains);
                }
            }
        }
    }
}
