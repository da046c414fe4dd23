package io.jenkins.plugins.deploygate.capture;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.ScanSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.LogAction;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.FlowScanningUtils;

/**
 * What a {@code captureDeployErrors} block printed, streamed into the engine's scan: the logs of the
 * flow nodes inside the block, in the order they ran, read on the controller through the public
 * {@link LogAction} (whatever log storage the controller uses). Memory stays bounded: bytes go
 * straight to the {@link ScanSession}, never into one string.
 */
final class CaptureDeployErrorsLog {

    private CaptureDeployErrorsLog() {}

    /** What was scanned: the engine's result, and where each node's output starts in it. */
    record Scanned(ScanResult result, List<LogPart> parts) {}

    static Scanned scan(FlowExecution execution, FlowNode block, ScanSession session) throws IOException {
        String blockId = block.getId();
        // The black list stops the walk at the block's start; the enclosing-id test drops nodes of
        // parallel branches that run beside the block.
        List<FlowNode> inside = new ArrayList<>(new DepthFirstScanner()
                .filteredNodes(
                        execution.getCurrentHeads(),
                        List.of(block),
                        node -> node.getAction(LogAction.class) != null
                                && node.getAllEnclosingIds().contains(blockId)));
        inside.sort(FlowScanningUtils.ID_ORDER_COMPARATOR);
        DeployScan.Sink sink = new DeployScan.Sink(session);
        List<LogPart> parts = new ArrayList<>();
        for (FlowNode node : inside) {
            LogAction log = node.getAction(LogAction.class);
            if (log == null) {
                continue; // the filter saw one; a node's actions can change while the walk goes on
            }
            parts.add(new LogPart(node.getId(), node.getDisplayFunctionName(), sink.nextLine()));
            // writeLogTo strips console notes (hyperlinks, colours), so the scan sees plain text.
            sink.writeWhole(log.getLogText());
            sink.endPart();
        }
        return new Scanned(session.finish(), parts);
    }
}
