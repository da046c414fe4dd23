package io.jenkins.plugins.deploygate.engine.capture.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            jdbc query parameter        | url=jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true | url=jdbc:postgresql://h/db?user=u&password=****&ssl=true
            oracle thin login           | jdbc:oracle:thin:scott/t1ger@db-host:1521/ORCL             | jdbc:oracle:thin:scott/****@db-host:1521/ORCL
            sql server property         | jdbc:sqlserver://h:1433;databaseName=shop;password=s3cret;encrypt=true | jdbc:sqlserver://h:1433;databaseName=shop;password=****;encrypt=true
            connection string           | Server=tcp:h,1433;User Id=app;Password=s3cret;Encrypt=True  | Server=tcp:h,1433;User Id=app;Password=****;Encrypt=True
            single dash option          | flyway -user=deployer -password=s3cret migrate              | flyway -user=deployer -password=**** migrate
            double dash option          | liquibase --username=app --password=s3cret update           | liquibase --username=app --password=**** update
            double dash with space      | liquibase --password s3cret update                          | liquibase --password **** update
            mysql -p                    | mysql -h db -u app -ps3cret shop                            | mysql -h db -u app -p**** shop
            PGPASSWORD                  | + PGPASSWORD=s3cret psql -h db -U app                       | + PGPASSWORD=**** psql -h db -U app
            environment variable        | SPRING_DATASOURCE_PASSWORD=s3cret java -jar app.jar         | SPRING_DATASOURCE_PASSWORD=**** java -jar app.jar
            identified by               | ALTER USER app IDENTIFIED BY s3cret;                        | ALTER USER app IDENTIFIED BY ****;
            identified by quoted        | CREATE USER app IDENTIFIED BY "s3 cret" DEFAULT TABLESPACE users | CREATE USER app IDENTIFIED BY **** DEFAULT TABLESPACE users
            sqlplus login               | + sqlplus -S deployer/Tiger#2026@ORA-PROD @deploy.sql       | + sqlplus -S deployer/****@ORA-PROD @deploy.sql
            connect command             | SQL> connect app/s3cret@//db:1521/svc                       | SQL> connect app/****@//db:1521/svc
            sqlplus without database    | sqlplus app/s3cret                                          | sqlplus app/****
            stand-alone login word      | logging in as app/s3cret@SHOP                               | logging in as app/****@SHOP
            url user info               | DATABASE_URL=postgres://app:s3cret@db:5432/shop             | DATABASE_URL=postgres://app:****@db:5432/shop
            mysql url user info         | jdbc:mysql://app:s3cret@db:3306/shop                        | jdbc:mysql://app:****@db:3306/shop
            sqlcmd -P quoted            | sqlcmd -S db -U app -P "s3cret" -i a.sql                   | sqlcmd -S db -U app -P **** -i a.sql
            sqlcmd -P                   | sqlcmd -S db -U app -Ps3cret -b                            | sqlcmd -S db -U app -P**** -b
            odbc braces                 | Driver={ODBC Driver 18};PWD={s3;cret};UID=app               | Driver={ODBC Driver 18};PWD=****;UID=app
            """)
    void replacesEachSecretFormByMask(String form, String line, String redacted) {
        assertThat(Redactor.redact(line)).isEqualTo(redacted);
        assertThat(Redactor.redact(line)).doesNotContain("s3cret").doesNotContain("t1ger");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "psql:deploy.sql:3: FATAL:  password authentication failed for user \"app\"",
                "ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: YES)",
                "mysql: [Warning] Using a password on the command line interface can be insecure.",
                "Location   : db/migration/V3__add_orders.sql (/flyway/sql/V3__add_orders.sql)",
                "See release notes here: https://rd.gt/416ObMi",
                "Database: jdbc:postgresql://db-prod-1:5432/shop (PostgreSQL 15.6)",
                "+ mkdir -p build/reports && cp -pr out/ build/",
                "Pulling docker.io/flyway/flyway@sha256:4a1f for alice@example.com",
                "Running Changeset: db/changelog.xml::create-orders::alice",
                "git checkout origin/main@{1}",
                "Password for user deployer:",
                "the password is stored in Jenkins credentials",
            })
    void leavesOrdinaryLinesAlone(String line) {
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=****", "mysql -p**** db", "jdbc:oracle:thin:app/****@h"})
    void isIdempotent(String line) {
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }

    @org.junit.jupiter.api.Test
    void masksValuesOfAnyLengthIncludingQuotedParts() {
        String value = "a\"b c\"d".repeat(20_000);

        assertThat(Redactor.redact("--password=" + value + " next")).isEqualTo("--password=**** next");
        assertThat(Redactor.redact("IDENTIFIED BY \"" + "x".repeat(100_000) + "\";"))
                .isEqualTo("IDENTIFIED BY ****;");
        assertThat(Redactor.redact("password=\"unclosed secret")).isEqualTo("password=****");
    }
}
