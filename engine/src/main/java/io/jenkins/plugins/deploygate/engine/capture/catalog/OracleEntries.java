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
                        "The object is missing or the deploying user cannot see it. Check the schema prefix, that"
                                + " the creating script ran, and grants (SELECT/REFERENCES) on the owner's object."),
                ora(
                        "ORA-00955",
                        "Name is already used by an existing object",
                        "name is already used by an existing object",
                        "An object with that name exists; guard the CREATE, or drop/rename the old object deliberately."),
                ora(
                        "ORA-00904",
                        "Invalid identifier",
                        "invalid identifier",
                        "A column or identifier is misspelled, missing, or a reserved word; check the table definition."),
                ora(
                        "ORA-00001",
                        "Unique constraint violated",
                        "unique constraint .* violated",
                        "A row with the same key exists already; de-duplicate the data or use MERGE."),
                ora(
                        "ORA-02291",
                        "Parent key not found",
                        "integrity constraint .* violated - parent key not found",
                        "Insert the parent rows first, or load the data in dependency order."),
                ora(
                        "ORA-02292",
                        "Child record found",
                        "integrity constraint .* violated - child record found",
                        "Delete or re-point the child rows first before deleting the parent."),
                ora(
                        "ORA-01400",
                        "Cannot insert NULL",
                        "cannot insert NULL into",
                        "A NOT NULL column got no value; supply one or add a DEFAULT."),
                ora(
                        "ORA-00933",
                        "SQL command not properly ended",
                        "SQL command not properly ended",
                        "Usually a stray clause or a terminator Oracle does not accept in that place; check the syntax."),
                ora(
                        "ORA-00054",
                        "Resource busy",
                        "resource busy and acquire with NOWAIT",
                        "Another session locks the table. Wait for it, or set DDL_LOCK_TIMEOUT for the deployment."),
                ora(
                        "ORA-01031",
                        "Insufficient privileges",
                        "insufficient privileges",
                        "Grant the needed system or object privilege to the deploying user."),
                ora(
                        "ORA-01017",
                        "Invalid username/password",
                        "invalid username/password|invalid credential",
                        "The login failed; check the Jenkins credential and whether the account is locked."),
                ora(
                        "ORA-12154",
                        "Cannot resolve connect identifier",
                        "could not resolve the connect identifier",
                        "The TNS alias is unknown; check tnsnames.ora / TNS_ADMIN or use an EZConnect string."),
                ora(
                        "ORA-12541",
                        "No listener",
                        "no listener|TNS:no listener",
                        "Nothing listens on that host and port; check the listener and the connect string."),
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
