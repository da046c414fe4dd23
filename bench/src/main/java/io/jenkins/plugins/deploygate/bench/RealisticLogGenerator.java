package io.jenkins.plugins.deploygate.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a deployment console log as Jenkins keeps it: timestamped lines of Maven, Flyway,
 * Liquibase and psql output, and every {@code errorEvery} lines one error block (a Flyway failed
 * migration, a psql error, an Oracle, MySQL or SQL Server error, a Liquibase changeset failure),
 * each naming a different table so that findings stay distinct. Deterministic for a seed.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.jenkins.plugins.deploygate.bench.RealisticLogGenerator
 * /tmp/big.log 1g} writes a 1 GiB log.
 */
public final class RealisticLogGenerator {

    /** Error blocks per kind, in rotation; {@link #errorBlocks} counts them. */
    static final int KINDS = 6;

    private final Random random;
    private final int errorEvery;
    private long lines;
    private long errorBlocks;
    private long millis = 1_763_647_200_000L;

    public RealisticLogGenerator(long seed, int errorEvery) {
        this.random = new Random(seed);
        this.errorEvery = errorEvery;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RealisticLogGenerator FILE SIZE (e.g. 250m, 1g)");
            System.exit(2);
        }
        long size = parseSize(args[1]);
        RealisticLogGenerator generator = new RealisticLogGenerator(42, 30_000);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 20)) {
            generator.write(out, size);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d bytes, %d lines, %d error blocks%n",
                args[0],
                size,
                generator.lines,
                generator.errorBlocks);
    }

    /** A log of about {@code size} bytes, in memory. */
    public static byte[] inMemory(long seed, int errorEvery, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 4096);
        try {
            new RealisticLogGenerator(seed, errorEvery).write(out, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes whole lines until at least {@code size} bytes are written. */
    public void write(OutputStream out, long size) throws IOException {
        StringBuilder block = new StringBuilder(4096);
        long written = 0;
        while (written < size) {
            block.setLength(0);
            if (lines > 0 && lines % errorEvery == 0) {
                errorBlock(block);
            } else {
                ordinary(block);
            }
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
    }

    public long lines() {
        return lines;
    }

    public long errorBlocks() {
        return errorBlocks;
    }

    private void line(StringBuilder out, String text) {
        millis += random.nextInt(40);
        long ms = millis % 1000;
        long s = millis / 1000 % 60;
        long m = millis / 60_000 % 60;
        long h = millis / 3_600_000 % 24;
        out.append("[2026-11-20T")
                .append(two(h))
                .append(':')
                .append(two(m))
                .append(':')
                .append(two(s))
                .append('.')
                .append(ms < 10 ? "00" : ms < 100 ? "0" : "")
                .append(ms)
                .append("Z] ")
                .append(text)
                .append('\n');
        lines++;
    }

    private void ordinary(StringBuilder out) {
        int n = random.nextInt(1000);
        int v = random.nextInt(400);
        switch (random.nextInt(16)) {
            case 0 ->
                line(
                        out,
                        "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/postgresql/postgresql/42.7."
                                + (n % 9) + "/postgresql-42.7." + (n % 9) + ".pom");
            case 1 -> line(out, "[INFO] --- flyway:10.20.1:migrate (default-cli) @ shop-db ---");
            case 2 ->
                line(
                        out,
                        "Migrating schema \"public\" to version \"" + v + "." + (n % 10) + " - add index on orders_" + n
                                + "\"");
            case 3 ->
                line(
                        out,
                        "Successfully applied 1 migration to schema \"public\", now at version v" + v
                                + " (execution time 00:00." + (100 + n % 900) + "s)");
            case 4 -> line(out, "Running Changeset: db/changelog/" + v + "-orders.xml::add-column-" + n + "::alice");
            case 5 ->
                line(
                        out,
                        "ChangeSet db/changelog/" + v + "-orders.xml::add-column-" + n + "::alice ran successfully in "
                                + (n % 90) + "ms");
            case 6 -> line(out, "INSERT 0 " + (n % 3));
            case 7 ->
                line(
                        out,
                        "psql:deploy/release_" + v + ".sql:" + n + ": NOTICE:  relation \"audit_" + n
                                + "\" already exists, skipping");
            case 8 -> line(out, "ALTER TABLE");
            case 9 ->
                line(
                        out,
                        "[INFO] Compiling " + (n % 200)
                                + " source files with javac [debug release 17] to target/classes");
            case 10 -> line(out, "DB: index \"idx_orders_" + n + "\" does not exist, skipping");
            case 11 -> line(out, "[Pipeline] sh");
            case 12 ->
                line(out, "Successfully validated " + v + " migrations (execution time 00:00.0" + (n % 90) + "s)");
            case 13 -> line(out, "COPY " + (n * 37));
            case 14 ->
                line(
                        out,
                        "[WARNING] Parameter 'locations' is unknown for plugin 'flyway-maven-plugin:10.20.1:migrate'");
            default -> line(out, "Current version of schema \"public\": " + v + "." + (n % 10));
        }
    }

    private void errorBlock(StringBuilder out) {
        long id = errorBlocks++;
        String table = "orders_" + id;
        switch ((int) (id % KINDS)) {
            case 0 -> {
                line(out, "ERROR: Migration V" + id + "__add_" + table + ".sql failed");
                line(out, "------------------------------------");
                line(out, "SQL State  : 42P01");
                line(out, "Error Code : 0");
                line(out, "Message    : ERROR: relation \"" + table + "\" does not exist");
                line(out, "Location   : db/migration/V" + id + "__add_" + table + ".sql (/w/db/V" + id + "__add.sql)");
                line(out, "Line       : 3");
                line(out, "Statement  : ALTER TABLE " + table + " ADD COLUMN note text");
                line(out, "");
            }
            case 1 ->
                line(
                        out,
                        "psql:deploy/release.sql:" + id + ": ERROR:  column \"total\" of relation \"" + table
                                + "\" does not exist");
            case 2 -> {
                line(out, "ERROR at line 1:");
                line(out, "ORA-00942: table or view does not exist (" + table + ")");
            }
            case 3 -> line(out, "ERROR 1146 (42S02) at line " + id + ": Table 'shop." + table + "' doesn't exist");
            case 4 -> {
                line(out, "Msg 208, Level 16, State 1, Server MSSQL-PROD, Line " + id);
                line(out, "Invalid object name 'dbo." + table + "'.");
            }
            default -> {
                line(
                        out,
                        "Unexpected error running Liquibase: Migration failed for changeset db/changelog.xml::" + table
                                + "::alice:");
                line(
                        out,
                        "     Reason: liquibase.exception.DatabaseException: ERROR: relation \"" + table
                                + "\" already exists [Failed SQL: (0) CREATE TABLE public." + table + " (id INT)]");
            }
        }
    }

    private static String two(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    static long parseSize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long unit =
                lower.endsWith("g") ? 1L << 30 : lower.endsWith("m") ? 1L << 20 : lower.endsWith("k") ? 1L << 10 : 1;
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
