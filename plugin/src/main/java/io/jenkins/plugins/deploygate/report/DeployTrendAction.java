package io.jenkins.plugins.deploygate.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendChart;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.TransientActionFactory;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job's trend of errors per deployment ({@code …/deploy-trend/chart}, an SVG from the engine)
 * over its recent builds that have a deployment report; each bar links to that build's report. A
 * transient action of every job, so that failed deployments count too (a recorder's project action
 * would only come from the last successful build).
 */
public class DeployTrendAction implements Action {

    /** Builds looked at; each may have to be loaded from disk, so keep it bounded. */
    static final int BUILDS = 30;

    private final Job<?, ?> job;

    DeployTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** No side-panel link: the chart is shown on the job page itself. */
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.DeployTrendAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "deploy-trend";
    }

    /**
     * Whether the job page shows the chart: when the last completed build has a deployment report.
     * Decided from that one build, which the job has loaded anyway, since every job page asks.
     */
    public boolean isVisible() {
        Run<?, ?> last = job.getLastCompletedBuild();
        return last != null && last.getAction(DeployReportAction.class) != null;
    }

    /** The chart, as an SVG document of its own so its links and styles work without inline page code. */
    public void doChart(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        job.checkPermission(Item.READ);
        byte[] bytes = TrendChart.render(points()).getBytes(StandardCharsets.UTF_8);
        rsp.setContentType("image/svg+xml;charset=UTF-8");
        rsp.setContentLength(bytes.length);
        rsp.getOutputStream().write(bytes);
    }

    /** The recent deployments, oldest first. */
    List<TrendPoint> points() {
        List<TrendPoint> points = new ArrayList<>();
        for (Run<?, ?> run : job.getBuilds().limit(BUILDS)) {
            DeployReportAction report = run.getAction(DeployReportAction.class);
            if (report == null) {
                continue;
            }
            Map<String, Integer> errors = new HashMap<>();
            report.getCaptures().forEach(capture -> capture.getErrorsByEngine()
                    .forEach((engine, count) -> errors.merge(engine, count, Integer::sum)));
            // Relative to the chart's own address, …/job/NAME/deploy-trend/chart.
            String link = "../" + run.getNumber() + "/" + DeployReportAction.URL_NAME + "/";
            points.add(new TrendPoint("#" + run.getNumber(), link, errors));
        }
        Collections.reverse(points);
        return points;
    }

    /** Adds the trend to every job; cheap, as the chart is computed only when asked for. */
    @Extension
    @SuppressWarnings("rawtypes")
    public static final class Factory extends TransientActionFactory<Job> {

        @Override
        public Class<Job> type() {
            return Job.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return DeployTrendAction.class;
        }

        @NonNull
        @Override
        public Collection<? extends Action> createFor(@NonNull Job target) {
            return List.of(new DeployTrendAction(target));
        }
    }
}
