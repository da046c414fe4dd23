package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.Anchors;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds database and migration-tool errors in a deployment log, with their fixes, secrets
 * redacted. Streaming: the log is read once, line by line, in memory independent of its size.
 * Thread-safe and reusable; each scan has its own {@link ScanSession}.
 *
 * <pre>{@code
 * LogScanner scanner = new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(0));
 * ScanResult result = scanner.scan(inputStream);          // or:
 * ScanSession session = scanner.start();
 * session.writeLine("psql:deploy.sql:12: ERROR:  relation \"orders\" does not exist");
 * ScanResult same = session.finish();
 * }</pre>
 */
public final class LogScanner {

    private static final int BUFFER = 256 << 10;

    private final Catalogue catalogue;
    private final ScanOptions options;
    private final AnchorFilter filter;

    public LogScanner(Catalogue catalogue, ScanOptions options) {
        this.catalogue = catalogue;
        this.options = options;
        this.filter = new AnchorFilter(
                Anchors.of(catalogue)
                        .map(anchors -> concat(anchors, Redactor.ANCHORS))
                        .orElse(null),
                Anchors.PROGRESS);
    }

    /** A scanner with the built-in catalogue and default options. */
    public static LogScanner defaults() {
        return new LogScanner(Catalogue.builtIn(), ScanOptions.defaults());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    public ScanSession start() {
        return new ScanSession(catalogue, filter, options);
    }

    /**
     * Scans {@code log} to its end, as stored: gzip, UTF-16 and byte order marks are read through
     * {@link LogEncoding}; the caller closes it. Reads in buffers small enough to stay in the
     * processor's cache between the read and the scan (measured faster than larger buffers or a
     * read-ahead thread).
     *
     * @throws UnreadableLogException when the log is binary or an archive, never reported as clean
     */
    public ScanResult scan(InputStream log) throws IOException {
        InputStream text = LogEncoding.decode(log);
        ScanSession session = start();
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = text.read(buffer)) >= 0) {
            session.write(buffer, 0, read);
        }
        return session.finish();
    }

    /** Scans a log held in memory, as UTF-8 text (see {@link LogEncoding} for other encodings). */
    public ScanResult scan(byte[] log) {
        ScanSession session = start();
        session.write(log, 0, log.length);
        return session.finish();
    }
}
