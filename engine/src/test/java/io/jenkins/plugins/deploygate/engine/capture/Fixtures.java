package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fixture logs under {@code src/test/resources/logs}. */
final class Fixtures {

    private Fixtures() {}

    static byte[] log(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/logs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScanResult scan(String name) {
        return LogScanner.defaults().scan(log(name));
    }

    static ScanResult scan(String name, ScanOptions options) {
        return new LogScanner(Catalogue.builtIn(), options).scan(log(name));
    }
}
