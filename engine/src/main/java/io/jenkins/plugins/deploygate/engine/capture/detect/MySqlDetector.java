package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mysql (and MariaDB) client's errors: {@code ERROR 1146 (42S02) at line 3: Table
 * 'shop.orders' doesn't exist}, and {@code ERROR 1045 (28000): Access denied ...} without a line.
 * Also the warning MariaDB's JDBC driver logs under Flyway and Liquibase, {@code Error:
 * 1146-42S02: Table 'shop.customer' doesn't exist}: not a finding (the driver logs it for errors a
 * tool expects too, such as Liquibase's first look for its lock table), but it tells the engine and
 * gives its code to the tool's report of the same error.
 */
final class MySqlDetector implements Detector {

    /* "." matches every character (?s), so ".*$" never stops short of the end and backtracks. */
    private static final Pattern ERROR = Pattern.compile(
            "(?s)\\bERROR (\\d{4,5}) \\(([0-9A-Z]{5})\\)(?: at line \\d+)?(?: in file: '[^']{0,500}')?: (.*)$");
    private static final Pattern DRIVER_WARNING =
            Pattern.compile("(?s)(?:^|\\s)Error: (\\d{4,5})-([0-9A-Z]{5}): (.*)$");

    private final DetectContext context;

    MySqlDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        if (text.contains("Error: ")) {
            Matcher warning = DRIVER_WARNING.matcher(text);
            if (warning.find()) {
                String message = DbErrors.driverMessage(warning.group(3));
                context.driverWarned(new DetectContext.DriverWarning(warning.group(1), message));
                context.engineSeen("mysql");
                return true;
            }
        }
        if (!text.contains("ERROR ")) {
            return false;
        }
        Matcher error = ERROR.matcher(text);
        if (!error.find()) {
            return false;
        }
        context.report(
                Hit.of(context.catalogue().forCode("mysql", error.group(1)), "mysql", error.group(3), line, null));
        return true;
    }
}
