package io.jenkins.plugins.deploygate.report;

/**
 * What {@code publishDeployReport} is told, by the Pipeline step or the freestyle post-build step
 * alike. Null means not given.
 */
public interface DeployReportSettings {

    /** Addresses or user ids that get the stakeholder status. */
    String getStakeholders();

    /** Addresses, user ids and/or {@code culprits}: who gets the developer fix report. */
    String getDevelopers();

    /** {@code SUCCESS}, {@code FAILED} or {@code ROLLED_BACK}; null to read it from the build. */
    String getOutcome();

    /** The environment to report; null for the gate's. */
    String getEnvironment();

    /** The change to report; null for the gate's. */
    String getChangeId();
}
