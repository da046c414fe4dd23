package io.jenkins.plugins.deploygate.engine.capture.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One table per family of secret forms: the line as a tool prints it, and as a report shows it. */
class SecretFamiliesTest {

    private static void assertRedacted(String line, String redacted) {
        assertThat(Redactor.redact(line)).isEqualTo(redacted);
        assertThat(Redactor.redact(redacted)).as("idempotent").isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            yaml                     | password: s3cret                                   | password: ****
            yaml list item           |   - password: s3cret word                          |   - password: ****
            properties spaced        | flyway.password = my s3cret phrase                 | flyway.password = ****
            flyway conf              | flyway.password=s3cret                             | flyway.password=****
            json                     | {"user":"app","password": "s3 cret","port":5432}   | {"user":"app","password": ****,"port":5432}
            json without space       | {"password":"s3cret"}                              | {"password":****}
            json escaped in a string | "body": "{\\"password\\":\\"s3cret\\"}"            | "body": "{\\"password\\":****}"
            xml attribute            | <datasource password="s3 cret" user="app"/>       | <datasource password=**** user="app"/>
            camel case key           | adminPassword=s3cret                               | adminPassword=****
            keystore key             | -Djavax.net.ssl.keyStorePassword=s3cret -jar a.jar | -Djavax.net.ssl.keyStorePassword=**** -jar a.jar
            upper case no separator  | SQLCMDPASSWORD=s3cret sqlcmd -S db                 | SQLCMDPASSWORD=**** sqlcmd -S db
            short word with _        | DB_PASS=s3cret ./deploy.sh                         | DB_PASS=**** ./deploy.sh
            token suffix             | export GITLAB_TOKEN=s3cret                         | export GITLAB_TOKEN=****
            secret suffix            | client_secret: s3cret                              | client_secret: ****
            azure account key        | DefaultEndpointsProtocol=https;AccountName=a;AccountKey=s3cr+et==;EndpointSuffix=core.windows.net | DefaultEndpointsProtocol=https;AccountName=a;AccountKey=****;EndpointSuffix=core.windows.net
            azure sas signature      | https://a.blob.core.windows.net/c?sv=2022&sig=s3cret%2Bx&se=2026 | https://a.blob.core.windows.net/c?sv=2022&sig=****&se=2026
            url encoded form         | grant_type=password&username=app&password=s3cret&scope=db | grant_type=password&username=app&password=****&scope=db
            url encoded separator    | q=%7B%22password%22%3A%22s3cret%22%7D              | q=%7B%22password%22%3A%22****%22%7D
            option then value        | flyway migrate -password s3cret -url=jdbc:h2:mem   | flyway migrate -password **** -url=jdbc:h2:mem
            rest of line readable    | liquibase --password=s3cret --url=jdbc:postgresql://db/shop update | liquibase --password=**** --url=jdbc:postgresql://db/shop update
            single quoted spaces     | password='s3 cret' psql                            | password=**** psql
            backtick quoted          | password=`s3 cret` psql                            | password=**** psql
            """)
    void keyValueForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            element                  | <password>s3cret</password>                            | <password>****</password>
            prefixed element         | <ns:keystorePassword>s3 cret</ns:keystorePassword>      | <ns:keystorePassword>****</ns:keystorePassword>
            maven settings           | <server><id>db</id><password>s3cret</password></server> | <server><id>db</id><password>****</password></server>
            property name and value  | <property name="db.password" value="s3cret"/>           | <property name="db.password" value="****"/>
            """)
    void xmlForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            postgres password        | LINE 1: CREATE ROLE app LOGIN PASSWORD 's3 cret';          | LINE 1: CREATE ROLE app LOGIN PASSWORD ****;
            postgres encrypted       | STATEMENT:  ALTER USER app WITH ENCRYPTED PASSWORD 'md5ab' | STATEMENT:  ALTER USER app WITH ENCRYPTED PASSWORD ****
            postgres escaped quote   | ALTER ROLE app PASSWORD 'it''s s3cret' VALID UNTIL 'infinity' | ALTER ROLE app PASSWORD **** VALID UNTIL 'infinity'
            postgres E string        | ALTER ROLE app PASSWORD E'it\\'s s3cret';                  | ALTER ROLE app PASSWORD E****;
            oracle unquoted          | SQL> ALTER USER app IDENTIFIED BY s3cret;                  | SQL> ALTER USER app IDENTIFIED BY ****;
            oracle double quoted     | CREATE USER app IDENTIFIED BY "s3 cret" DEFAULT TABLESPACE users | CREATE USER app IDENTIFIED BY **** DEFAULT TABLESPACE users
            oracle single quoted     | CREATE USER app IDENTIFIED BY 's3cret' QUOTA 10M ON users  | CREATE USER app IDENTIFIED BY **** QUOTA 10M ON users
            oracle replace           | ALTER USER app IDENTIFIED BY n3wsecret REPLACE old5ecret;  | ALTER USER app IDENTIFIED BY **** REPLACE ****;
            oracle values            | ALTER USER app IDENTIFIED BY VALUES 'S:ABCDEF0123;T:99'    | ALTER USER app IDENTIFIED BY VALUES ****
            mysql identified by      | Statement  : CREATE USER 'app'@'%' IDENTIFIED BY 's3cret'  | Statement  : CREATE USER 'app'@'%' IDENTIFIED BY ****
            mysql with plugin        | ALTER USER app IDENTIFIED WITH mysql_native_password BY 's3cret'; | ALTER USER app IDENTIFIED WITH mysql_native_password BY ****;
            mysql with plugin as     | CREATE USER app IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$x' | CREATE USER app IDENTIFIED WITH 'caching_sha2_password' AS ****
            mysql near echo          | ERROR 1064 (42000) at line 1: ... near 'IDENTIFIED BY 's3cret'' at line 1 | ERROR 1064 (42000) at line 1: ... near 'IDENTIFIED BY ****' at line 1
            liquibase failed sql     | [Failed SQL: (1396) CREATE USER app IDENTIFIED BY 's3cret']| [Failed SQL: (1396) CREATE USER app IDENTIFIED BY ****]
            mysql password function  | SET PASSWORD FOR app = PASSWORD('s3cret');                 | SET PASSWORD FOR app = PASSWORD(****);
            mariadb using            | CREATE USER app IDENTIFIED VIA ed25519 USING PASSWORD('s3cret') | CREATE USER app IDENTIFIED VIA ed25519 USING PASSWORD(****)
            """)
    void sqlForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            user info                | DATABASE_URL=postgres://app:s3cret@db:5432/shop        | DATABASE_URL=postgres://app:****@db:5432/shop
            password with at         | postgresql://app:p@ss@db.example.com/shop              | postgresql://app:****@db.example.com/shop
            password with slash      | mysql://app:pa/ss@db:3306/shop?ssl=true                | mysql://app:****@db:3306/shop?ssl=true
            encoded characters       | amqp://app:s3%40cr%2Fet@mq:5672/vhost                  | amqp://app:****@mq:5672/vhost
            oracle thin              | jdbc:oracle:thin:scott/t1ger@db-host:1521/ORCL         | jdbc:oracle:thin:scott/****@db-host:1521/ORCL
            oracle thin at in secret | jdbc:oracle:thin:scott/t1@ger@//db:1521/ORCL           | jdbc:oracle:thin:scott/****@//db:1521/ORCL
            """)
    void urlForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            sqlplus                  | + sqlplus -S deployer/Tiger#2026@ORA-PROD @deploy.sql    | + sqlplus -S deployer/****@ORA-PROD @deploy.sql
            sqlplus quoted password  | sqlplus -L app/"s3 cret"@db @a.sql                        | sqlplus -L app/****@db @a.sql
            connect                  | SQL> connect app/s3cret@//db:1521/svc                     | SQL> connect app/****@//db:1521/svc
            expdp userid             | expdp userid=system/s3cret@orcl directory=DP dumpfile=a.dmp | expdp userid=system/****@orcl directory=DP dumpfile=a.dmp
            imp login                | imp scott/s3cret file=a.dmp full=y                        | imp scott/**** file=a.dmp full=y
            sqlldr userid            | sqlldr USERID=app/s3cret CONTROL=load.ctl                 | sqlldr USERID=app/**** CONTROL=load.ctl
            rman target              | rman target sys/s3cret@prod                               | rman target sys/****@prod
            login word               | logging in as app/s3cret@SHOP                             | logging in as app/****@SHOP
            mysql -p                 | mysql -h db -u app -ps3cret shop                          | mysql -h db -u app -p**** shop
            sqlcmd -P                | sqlcmd -S db -U app -P "s3 cret" -i a.sql                 | sqlcmd -S db -U app -P **** -i a.sql
            curl -u                  | curl -fsS -u deployer:s3cret https://ci/api               | curl -fsS -u deployer:**** https://ci/api
            curl --user              | curl --user=deployer:s3cret https://ci/api                | curl --user=deployer:**** https://ci/api
            pgpass                   | db.example.com:5432:shop:app:s3cret                       | db.example.com:5432:shop:app:****
            pgpass wildcard port     | + cat ~/.pgpass: *:*:*:postgres:s3c\\:ret                  | + cat ~/.pgpass: *:*:*:postgres:****
            """)
    void loginForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            aws access key           | aws_access_key_id = AKIAIOSFODNN7EXAMPLE                    | aws_access_key_id = ****
            aws key alone            | using key AKIAIOSFODNN7EXAMPLE for upload                    | using key **** for upload
            aws secret key           | AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | AWS_SECRET_ACCESS_KEY=****
            bearer header            | curl -H "Authorization: Bearer abc.def-ghi" https://api      | curl -H "Authorization: Bearer ****" https://api
            basic header             | > Authorization: Basic ZGVwbG95ZXI6czNjcmV0                  | > Authorization: Basic ****
            github token             | git clone https://x:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/a/b | git clone https://x:****@github.com/a/b
            github fine grained      | GH=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz done | GH=**** done
            gitlab token             | PRIVATE-TOKEN: glpat-abcdefghij0123456789                    | PRIVATE-TOKEN: ****
            slack bot token          | posting with xoxb-123456789012-abcdefghijkl to #deploys       | posting with **** to #deploys
            slack webhook            | POST https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX | POST https://hooks.slack.com/services/****
            jwt                      | token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcHAifQ.c2lnbmF0dXJl ok | token **** ok
            """)
    void tokenForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            one line pem             | -----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA-----END RSA PRIVATE KEY----- | -----BEGIN RSA PRIVATE KEY-----****-----END RSA PRIVATE KEY-----
            json service account key | "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----\\n", | "private_key": ****,
            block begins             | -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXk                 | -----BEGIN OPENSSH PRIVATE KEY-----****
            """)
    void privateKeyForms(String form, String line, String redacted) {
        assertRedacted(line, redacted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+ cd $PWD && PWD=/var/lib/jenkins/workspace/deploy ./run.sh",
                "OLDPWD=/home/deployer",
                "ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: YES)",
                "psql: error: connection to server at \"db\" failed: fe_sendauth: no password supplied",
                "FATAL:  password authentication failed for user \"app\"",
                "password=${DB_PASSWORD} flyway migrate",
                "password=$DB_PASSWORD flyway migrate",
                "bypass=true compass=north",
                "https://db.example.com:8443/path?mail=a@b.example",
                "CREATE USER app IDENTIFIED EXTERNALLY;",
                "ALTER ROLE app WITH PASSWORD NULL;",
                "2026-11-20 12:00:01.123 UTC [42] LOG:  checkpoint complete",
                "Authorization failed for user app",
                "-----BEGIN CERTIFICATE-----",
                "docker run -u 1000:1000 flyway/flyway migrate",
                "Warning: the token expired; log in again",
            })
    void leavesWhatIsNoSecretReadable(String line) {
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }

    @org.junit.jupiter.api.Test
    void aValueContinuedWithABackslashGoesOnBeingMaskedOnTheNextLine() {
        Redactor.Redaction first = Redactor.redact("flyway -user=app -password=s3cr\\", false);
        Redactor.Redaction second = Redactor.redact("    et\\", first.valueContinues());
        Redactor.Redaction third = Redactor.redact("  more -url=jdbc:h2:mem migrate", second.valueContinues());

        assertThat(first.text()).isEqualTo("flyway -user=app -password=****");
        assertThat(second.text()).isEqualTo("    ****");
        assertThat(third.text()).isEqualTo("  **** -url=jdbc:h2:mem migrate");
        assertThat(third.valueContinues()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void anOptionWhoseValueIsOnTheNextLineMasksThatLinesFirstWord() {
        Redactor.Redaction option = Redactor.redact("liquibase --password \\", false);
        Redactor.Redaction value = Redactor.redact("  s3cret update", option.valueContinues());

        assertThat(option.valueContinues()).isTrue();
        assertThat(value.text()).isEqualTo("  **** update");
    }
}
