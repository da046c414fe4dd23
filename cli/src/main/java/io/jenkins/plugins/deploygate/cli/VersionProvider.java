package io.jenkins.plugins.deploygate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code --version}: the version the build wrote into {@code build.properties} and the commit it
 * wrote into {@code commit.txt} ({@code git describe --dirty}), so neither is typed twice and a bug
 * report names the exact code. A build outside a git checkout (a source archive) has no commit and
 * says so.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    private static final String DIRTY = "-dirty";
    private static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        return new String[] {
            "deploy-gate " + version() + " (" + commit() + ")",
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }

    /** The version the build wrote, "unknown" when it wrote none. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties build = new Properties();
                build.load(in);
                return build.getProperty("version", UNKNOWN);
            }
        } catch (IOException unreadable) {
            // A jar that cannot read its own resources still answers, with "unknown".
        }
        return UNKNOWN;
    }

    private static String commit() {
        String described = resource("commit.txt");
        if (described == null || described.isBlank()) {
            return "commit unknown: not built from a git checkout";
        }
        String commit = described.strip().lines().findFirst().orElse("");
        return commit.endsWith(DIRTY)
                ? "commit " + commit.substring(0, commit.length() - DIRTY.length()) + " with local changes"
                : "commit " + commit;
    }

    /** The text of a resource beside this class, or null when the build did not write it. */
    private static String resource(String name) {
        try (InputStream in = VersionProvider.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
