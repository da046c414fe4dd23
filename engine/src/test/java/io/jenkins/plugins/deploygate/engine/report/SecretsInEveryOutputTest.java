package io.jenkins.plugins.deploygate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each family of secret forms, scanned for real, stays out of every output: in the context before
 * an error, in the error's own message, and in the statement echoed after it.
 */
class SecretsInEveryOutputTest {

    private static final LogScanner SCANNER =
            new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withContext(5));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            key value               | flyway -user=app -password=Zq7s3cret migrate                       | Zq7s3cret
            yaml                    | password: Zq7s3cret                                               | Zq7s3cret
            json                    | {"password": "Zq7 s3cret"}                                         | Zq7 s3cret
            xml element             | <password>Zq7s3cret</password>                                    | Zq7s3cret
            suffix key              | SQLCMDPASSWORD=Zq7s3cret                                          | Zq7s3cret
            postgres password       | ALTER ROLE app PASSWORD 'Zq7 s3cret'                              | Zq7 s3cret
            oracle identified by    | ALTER USER app IDENTIFIED BY "Zq7s3cret" REPLACE Zq7old           | Zq7
            mysql identified with   | CREATE USER app IDENTIFIED WITH caching_sha2_password BY 'Zq7s3cret' | Zq7s3cret
            url with at and slash   | postgres://app:Zq7@s/3cret@db:5432/shop                           | Zq7@s/3cret
            url encoded             | password%3DZq7s3cret%26user%3Dapp                                 | Zq7s3cret
            aws access key          | AKIAZQ7S3CRETEXAMPLE                                              | AKIAZQ7S3CRETEXAMPLE
            bearer header           | Authorization: Bearer Zq7s3cret.token                             | Zq7s3cret
            github token            | ghp_Zq7s3cretZq7s3cretZq7s3cretZq7s3cret                           | Zq7s3cret
            gitlab token            | glpat-Zq7s3cretZq7s3cretZq7                                       | Zq7s3cret
            slack webhook           | https://hooks.slack.com/services/T0/B0/Zq7s3cret                  | Zq7s3cret
            azure account key       | AccountName=a;AccountKey=Zq7s3cret==;EndpointSuffix=x             | Zq7s3cret
            jwt                     | eyJhbGciOiJIUzI1NiJ9.eyJaq7s3cretZq7s3cret.Zq7s3cret               | Zq7s3cret
            pgpass                  | db:5432:shop:app:Zq7s3cret                                        | Zq7s3cret
            curl user               | curl -u app:Zq7s3cret https://ci                                  | Zq7s3cret
            oracle userid           | expdp userid=system/Zq7s3cret@orcl                                | Zq7s3cret
            sqlplus login           | sqlplus -S app/Zq7s3cret@ORCL                                     | Zq7s3cret
            """)
    void aSecretOfEveryFamilyStaysOutOfEveryOutput(String family, String form, String secret) {
        ScanResult result = scan(form + "\n"
                + "psql:deploy.sql:3: ERROR:  syntax error at or near \"" + form + "\"\n"
                + "LINE 1: " + form + "\n");

        assertThat(result.findings()).isNotEmpty();
        assertThat(result.findings().get(0).context()).hasSize(3).allMatch(line -> line.contains("****"));
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain(secret));
    }

    @org.junit.jupiter.api.Test
    void everyLineOfAPrivateKeyBlockIsMaskedInTheContext() {
        ScanResult result = scan(
                """
                + cat deploy-key.pem
                -----BEGIN RSA PRIVATE KEY-----
                Proc-Type: 4,ENCRYPTED
                MIIEpAIBAAKCAQEAZq7firstkeyline
                Zq7secondkeyline+/==
                -----END RSA PRIVATE KEY-----
                psql:deploy.sql:3: ERROR:  relation "orders" does not exist
                """);

        assertThat(result.findings().get(0).context())
                .containsExactly(
                        "-----BEGIN RSA PRIVATE KEY-----",
                        "Proc-Type: 4,ENCRYPTED",
                        "****",
                        "****",
                        "-----END RSA PRIVATE KEY-----",
                        "psql:deploy.sql:3: ERROR:  relation \"orders\" does not exist");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7"));
    }

    @org.junit.jupiter.api.Test
    void aPrivateKeyBlockEndsAtALineThatIsNoPartOfAKeySoItHidesNoError() {
        ScanResult result = scan(
                """
                -----BEGIN PRIVATE KEY-----
                MIIEvQIBADANBgkqZq7
                psql:deploy.sql:3: ERROR:  relation "orders" does not exist
                """);

        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).message()).isEqualTo("relation \"orders\" does not exist");
        assertThat(result.findings().get(0).context()).contains("****").noneMatch(line -> line.contains("Zq7"));
    }

    @org.junit.jupiter.api.Test
    void aValueContinuedOnTheNextLinesIsMaskedOnEachOfThemInTheContext() {
        ScanResult result = scan(
                """
                + flyway -user=app -password=Zq7part1\\
                    Zq7part2\\
                    -url=jdbc:postgresql://db/shop migrate
                ERROR: Migration V3__add_orders.sql failed
                """);

        assertThat(result.findings().get(0).context())
                .startsWith(
                        "+ flyway -user=app -password=****", "    ****", "    -url=jdbc:postgresql://db/shop migrate");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7"));
    }

    @org.junit.jupiter.api.Test
    void aPasswordInTheFailingStatementStaysOutOfEveryOutput() {
        // Genuine Flyway output whose failing statement sets a role's password.
        String log = ReportFixtures.genuine(ReportFixtures.FLYWAY_MISSING_TABLE)
                .replace(
                        "Statement  : CREATE TABLE orders (",
                        "Statement  : CREATE ROLE app LOGIN PASSWORD 'Zq7s3cret';");
        ScanResult result = ReportFixtures.scan(log, 1);

        assertThat(result.findings().get(0).statement()).startsWith("CREATE ROLE app LOGIN PASSWORD ****;");
        assertThat(EveryOutput.of(result))
                .containsKey("sarif")
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7s3cret"));
    }

    @org.junit.jupiter.api.Test
    void aPasswordInTheToolsReportAroundTheErrorStaysOutOfEveryOutput() {
        // Genuine Flyway output of a failed login, its URL holding the password.
        String log = ReportFixtures.genuine(ReportFixtures.FLYWAY_WRONG_PASSWORD)
                .replace("jdbc:postgresql://127.0.0.1", "jdbc:postgresql://deployer:Zq7s3cret@127.0.0.1");
        ScanResult result = ReportFixtures.scan(log, 1);

        assertThat(result.findings().get(0).wrapper().message()).contains("deployer:****@127.0.0.1");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7s3cret"));
    }

    @org.junit.jupiter.api.Test
    void aPasswordInTheLastLinesOfAFailureNobodyRecognisedStaysOutOfEveryOutput() {
        String log = ReportFixtures.pluginNotResolved() + "+ mvn flyway:migrate -Dflyway.password=Zq7s3cret\n";
        ScanResult result = ReportFixtures.scan(log, 1);

        assertThat(result.unrecognisedFailure().lastLines()).last().asString().endsWith("-Dflyway.password=****");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7s3cret"));
    }

    @org.junit.jupiter.api.Test
    void aValueContinuedOnALongLineIsMaskedThereToo() {
        // Past 1 KiB a line is read in parts; the part that starts it must know the value goes on.
        String log = "+ flyway -user=app -password=Zq7part1\\\n" + "Zq7part2" + "x".repeat(3000)
                + " ERROR: relation \"orders\" does not exist\n";
        ScanResult failed = scan(log);
        ScanResult unrecognised =
                ReportFixtures.scan("+ flyway -password=Zq7part1\\\nZq7part2" + "x".repeat(3000) + "\n", 3);

        assertThat(failed.findings()).isNotEmpty();
        assertThat(unrecognised.unrecognisedFailure().lastLines())
                .last()
                .asString()
                .startsWith("****");
        assertThat(EveryOutput.of(failed))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7part"));
        assertThat(EveryOutput.of(unrecognised))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7part"));
    }

    @org.junit.jupiter.api.Test
    void aPasswordSplitOverTwoLinesOfTheFailingStatementStaysOutOfEveryOutput() {
        // Genuine Flyway output whose failing statement gives the password on the line after PASSWORD.
        String log = ReportFixtures.genuine(ReportFixtures.FLYWAY_MISSING_TABLE)
                .replace("Statement  : CREATE TABLE orders (", "Statement  : ALTER ROLE app WITH LOGIN PASSWORD")
                .replace("[ERROR]     id BIGINT PRIMARY KEY,", "[ERROR]     'Zq7s3cret';");
        ScanResult result = ReportFixtures.scan(log, 1);

        // Masked as a whole, its words on one line.
        assertThat(result.findings().get(0).statement()).startsWith("ALTER ROLE app WITH LOGIN PASSWORD     ****;");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("Zq7s3cret"));
    }

    private static ScanResult scan(String log) {
        return SCANNER.scan(log.getBytes(StandardCharsets.UTF_8));
    }
}
