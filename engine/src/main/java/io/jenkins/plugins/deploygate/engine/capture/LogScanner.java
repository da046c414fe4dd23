package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.detect.Anchors;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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

    private static final int BUFFER = 4 << 20;
    private static final int BUFFERS = 3;

    private final Catalogue catalogue;
    private final ScanOptions options;
    private final AnchorFilter filter;

    public LogScanner(Catalogue catalogue, ScanOptions options) {
        this.catalogue = catalogue;
        this.options = options;
        this.filter = new AnchorFilter(Anchors.of(catalogue).orElse(null));
    }

    /** A scanner with the built-in catalogue and default options. */
    public static LogScanner defaults() {
        return new LogScanner(Catalogue.builtIn(), ScanOptions.defaults());
    }

    public ScanSession start() {
        return new ScanSession(catalogue, filter, options);
    }

    /**
     * Scans {@code log} to its end; the caller closes it. A second thread reads ahead into a few
     * fixed buffers while this one scans, so reading and scanning overlap; memory stays bounded.
     */
    public ScanResult scan(InputStream log) throws IOException {
        ScanSession session = start();
        BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFERS + 1);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER]);
        }
        Thread reader = new Thread(() -> readAhead(log, free, filled), "deploy-gate-log-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Chunk chunk = filled.take();
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk.buffer() == null) {
                    return session.finish();
                }
                session.write(chunk.buffer(), 0, chunk.length());
                free.put(chunk.buffer());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while scanning");
        } finally {
            reader.interrupt();
        }
    }

    /** A buffer of log, the end of the log (no buffer), or a read failure. */
    private record Chunk(byte[] buffer, int length, IOException failure) {}

    private static void readAhead(InputStream log, BlockingQueue<byte[]> free, BlockingQueue<Chunk> filled) {
        try {
            while (true) {
                byte[] buffer = free.take();
                int length = log.readNBytes(buffer, 0, buffer.length);
                if (length > 0) {
                    filled.put(new Chunk(buffer, length, null));
                }
                if (length < buffer.length) {
                    filled.put(new Chunk(null, 0, null));
                    return;
                }
            }
        } catch (IOException e) {
            filled.offer(new Chunk(null, 0, e));
        } catch (InterruptedException e) {
            // The scan ended or failed: stop reading.
        }
    }

    /** Scans a log held in memory. */
    public ScanResult scan(byte[] log) {
        ScanSession session = start();
        session.write(log, 0, log.length);
        return session.finish();
    }
}
