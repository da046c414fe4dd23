package io.jenkins.plugins.deploygate.report;

import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanSession;
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
     * @param exitCode the deployment's exit status, 0 when it succeeded; null when unknown, so
     *     that nothing counts as a silent failure
     */
    public static ScanSession start(Integer exitCode) {
        Catalogue catalogue =
                Catalogue.builtIn().with(DeployGateConfiguration.get().getCatalogEntries());
        return new LogScanner(catalogue, ScanOptions.defaults().withExitCode(exitCode)).start();
    }

    /**
     * Feeds a scan session. {@link #endPart()} ends a part's last line, so that the output of two
     * flow nodes never runs together into one line.
     */
    public static final class Sink extends OutputStream {

        private final ScanSession session;
        private int last = '\n';

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
            }
        }

        public void endPart() {
            if (last != '\n') {
                write(new byte[] {'\n'}, 0, 1);
            }
        }
    }
}
