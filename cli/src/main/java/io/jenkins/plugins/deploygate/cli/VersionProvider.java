package io.jenkins.plugins.deploygate.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest, so it is never typed twice. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = DeployGateCommand.class.getPackage().getImplementationVersion();
        return new String[] {"deploy-gate " + (version == null ? "(development build)" : version)};
    }
}
