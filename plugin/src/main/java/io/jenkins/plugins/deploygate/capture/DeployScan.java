package io.jenkins.plugins.deploygate.capture;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.console.AnnotatedLargeText;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanSession;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A scan of deployment output as the plugin runs it: the engine's built-in catalogue plus the
 * entries the DBAs configured, fed through an {@link OutputStream} so that Jenkins' own log
 * readers ({@code AnnotatedLargeText.writeLogTo}, which strips console notes) can write into it.
 */
public final class DeployScan {

    private DeployScan() {}

    /**
     * A new scan session.
     *
     * @param exit how the deployment ended: errors after a success are a silent failure, a failure
     *     without a known error an unrecognised one
     */
    public static ScanSession start(ExitStatus exit) {
        Catalogue catalogue =
                Catalogue.builtIn().with(DeployGateConfiguration.get().getCatalogEntries());
        return new LogScanner(catalogue, exit.forScan(ScanOptions.defaults())).start();
    }

    /**
     * Feeds a scan session. {@link #endPart()} ends a part's last line, so that the output of two
     * flow nodes never runs together into one line.
     */
    public static final class Sink extends OutputStream {

        private final ScanSession session;
        private int last = '\n';
        private long lines;

        public Sink(ScanSession session) {
            this.session = session;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            if (length > 0) {
                session.write(buffer, offset, length);
                last = buffer[offset + length - 1];
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }

        /**
         * Writes a whole log, from its start, with its console notes (hyperlinks, colours) stripped
         * so that the scan sees plain text.
         */
        @SuppressFBWarnings(
                value = "RV_RETURN_VALUE_IGNORED",
                justification = "A log is read once from its start: the offset it ends at is not needed.")
        public void writeWhole(AnnotatedLargeText<?> log) throws IOException {
            log.writeLogTo(0, this);
        }

        /** The line the next part starts at, counted from 1 (after {@link #endPart()}). */
        public long nextLine() {
            return lines + 1;
        }

        public void endPart() {
            if (last != '\n') {
                write(new byte[] {'\n'}, 0, 1);
            }
        }
    }
}
