package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.List;
import java.util.Locale;

/** Oracle errors (ORA-, PLS-) and SQL*Plus errors (SP2-), identified by their code. */
final class OracleEntries {

    private OracleEntries() {}

    static List<CatalogEntry> entries() {
        return List.of(
                ora(
                        "ORA-00942",
                        "Table or view does not exist",
                        "table or view does not exist",
                        "The object is missing, or the deploying user cannot see it (Oracle says the same for both)."
                                + " In order: check the name and the schema prefix (unqualified names are the"
                                + " connecting user's); check that the script creating it ran first; check that its"
                                + " owner granted this user SELECT (or REFERENCES) on it, directly for use in PL/SQL."),
                ora(
                        "ORA-00955",
                        "Name is already used by an existing object",
                        "name is already used by an existing object",
                        "An object of that name exists in the schema (any type: table, view, sequence, synonym)."
                                + " Find who made it (an earlier script, a half-applied run: Oracle commits DDL at"
                                + " once) before guarding the CREATE or dropping the old object deliberately."),
                ora(
                        "ORA-00904",
                        "Invalid identifier",
                        "invalid identifier",
                        "A column or identifier is misspelled, missing, or a reserved word. Check the table's columns"
                                + " (DESC table) and that the script adding the column ran first; quoted names are"
                                + " case-sensitive."),
                ora(
                        "ORA-00001",
                        "Unique constraint violated",
                        "unique constraint .* violated",
                        "A row with the same key exists (the message names the constraint). Find the duplicates and"
                                + " decide which row stays; check whether the data script ran, in part, before. Use"
                                + " MERGE only when updating the existing row is what the change means."),
                ora(
                        "ORA-02291",
                        "Parent key not found",
                        "integrity constraint .* violated - parent key not found",
                        "A child row names a parent that does not exist: load the parent rows first, or fix the keys."
                                + " Enabling the constraint over existing rows: find the orphans first, or add it"
                                + " ENABLE NOVALIDATE and validate after cleaning."),
                ora(
                        "ORA-02292",
                        "Child record found",
                        "integrity constraint .* violated - child record found",
                        "Child rows still reference the row: delete or re-point them first, in the same script."),
                ora(
                        "ORA-01400",
                        "Cannot insert NULL",
                        "cannot insert NULL into",
                        "A NOT NULL column got no value: supply one, or give the column a DEFAULT. Making an existing"
                                + " column NOT NULL: fill its NULLs first."),
                ora(
                        "ORA-00933",
                        "SQL command not properly ended",
                        "SQL command not properly ended",
                        "The statement goes on past where Oracle expects its end: a stray clause, a missing comma, or a"
                                + " terminator (';' inside a string sent through JDBC, '/' in the wrong place)."),
                ora(
                        "ORA-00054",
                        "Resource busy",
                        "resource busy and acquire with NOWAIT",
                        "Another session holds a lock on the table (an open transaction on it). Find it"
                                + " (V$LOCKED_OBJECT with V$SESSION) and let it commit or end it, then run again."
                                + " DDL_LOCK_TIMEOUT makes the DDL wait instead of failing at once; keep it short, as"
                                + " the waiting DDL holds up later work on the table."),
                ora(
                        "ORA-01031",
                        "Insufficient privileges",
                        "insufficient privileges",
                        "The deploying user lacks a system or object privilege for this statement. Grant it to the"
                                + " user directly: privileges received through a role do not count inside PL/SQL"
                                + " (definer's rights) or for objects created in another schema."),
                ora(
                        "ORA-01017",
                        "Invalid username/password",
                        "invalid username/password|invalid credential",
                        "The login was refused: wrong user or password, or a password of another case (case"
                                + " sensitive since 11g). Check the credential the deployment uses; a DBA checks the"
                                + " account (DBA_USERS.ACCOUNT_STATUS: LOCKED, EXPIRED)."),
                ora(
                        "ORA-12154",
                        "Cannot resolve connect identifier",
                        "could not resolve the connect identifier",
                        "The connect identifier (a TNS alias) is unknown to the client: check its spelling, the"
                                + " tnsnames.ora that TNS_ADMIN points to on the agent, or use an EZConnect string"
                                + " (host:port/service)."),
                ora(
                        "ORA-12541",
                        "No listener",
                        "no listener|TNS:no listener",
                        "Nothing listens on that host and port: check them in the connect string, that the listener"
                                + " runs (lsnrctl status) and a firewall between the agent and the database."),
                ora(
                        "ORA-12514",
                        "Listener does not know the service",
                        "listener does not currently know of service",
                        "The listener runs but knows no service of that name: check the service name in the connect"
                                + " string (lsnrctl status lists the services), and that the database is open and"
                                + " registered with the listener."),
                ora(
                        "ORA-12505",
                        "Listener does not know the SID",
                        "listener does not currently know of SID",
                        "The listener knows no instance of that SID: check the SID, or connect by service name"
                                + " (host:port/service)."),
                ora(
                        "ORA-12170",
                        "Connect timeout",
                        "Connect timeout occurred",
                        "The connection attempt timed out: a firewall between the agent and the database drops it,"
                                + " or the host is wrong. Check host, port and the network path."),
                ora(
                        "ORA-28000",
                        "Account locked",
                        "the account is locked",
                        "The deploying account is locked (often by repeated wrong passwords). Fix the credential"
                                + " first, then a DBA unlocks it (ALTER USER ... ACCOUNT UNLOCK)."),
                ora(
                        "ORA-28001",
                        "Password expired",
                        "the password has expired",
                        "The deploying account's password expired: a DBA sets a new one (and a profile that suits a"
                                + " technical account), then the deployment's credential is updated."),
                ora(
                        "ORA-06550",
                        "PL/SQL compilation error",
                        "line \\d+, column \\d+",
                        "The PL/SQL block did not compile; the PLS- error that follows says why."),
                new CatalogEntry(
                        "oracle.ORA-06512",
                        "oracle",
                        null,
                        "ORA-06512",
                        "PL/SQL back-trace line",
                        "at ",
                        Severity.INFO,
                        "Not an error of its own: it says where the error above was raised. Fix that error.",
                        link("ORA-06512")),
                ora(
                        "PLS-00201",
                        "Identifier must be declared",
                        "identifier .* must be declared",
                        "The PL/SQL references an object that does not exist or is not granted to the owner"
                                + " (roles do not count inside stored code: grant directly)."),
                ora(
                        "PLS-00905",
                        "Object is invalid",
                        "object \\S+ is invalid",
                        "The called object did not compile. Recompile it and fix the errors SHOW ERRORS lists for it."),
                ora(
                        "PLS-00103",
                        "Encountered a symbol",
                        "Encountered the symbol",
                        "PL/SQL syntax error: check the statement before the reported position; a missing ';' or"
                                + " a '/' terminator is typical."),
                new CatalogEntry(
                        "oracle.SP2-0310",
                        "oracle",
                        "sqlplus",
                        "SP2-0310",
                        "Unable to open file",
                        "unable to open file",
                        Severity.ERROR,
                        "SQL*Plus could not find the script; check the path and the working directory of the step.",
                        SP2_LINK),
                new CatalogEntry(
                        "oracle.SP2-0734",
                        "oracle",
                        "sqlplus",
                        "SP2-0734",
                        "Unknown command",
                        "unknown command beginning",
                        Severity.ERROR,
                        "SQL*Plus did not understand a line; often a blank line inside a statement (SET SQLBLANKLINES"
                                + " ON) or a missing terminator.",
                        SP2_LINK),
                new CatalogEntry(
                        "oracle.compilation-errors",
                        "oracle",
                        "sqlplus",
                        null,
                        "Object created with compilation errors",
                        "created with compilation errors",
                        Severity.ERROR,
                        "The object exists but is INVALID. Run SHOW ERRORS (or query USER_ERRORS) and fix each"
                                + " LINE/COL error listed; dependent code will fail until it compiles.",
                        "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SHOW.html"));
    }

    static final String SP2_LINK =
            "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-error-messages.html";

    static CatalogEntry generic() {
        return new CatalogEntry(
                "oracle.*",
                "oracle",
                null,
                null,
                "Oracle error",
                null,
                Severity.ERROR,
                "Look the code up in Oracle's error help and read the statement in the context.",
                "https://docs.oracle.com/error-help/db/");
    }

    private static CatalogEntry ora(String code, String title, String pattern, String fix) {
        return new CatalogEntry(
                "oracle." + code, "oracle", null, code, title, pattern, Severity.ERROR, fix, link(code));
    }

    private static String link(String code) {
        return "https://docs.oracle.com/error-help/db/" + code.toLowerCase(Locale.ROOT) + "/";
    }
}
