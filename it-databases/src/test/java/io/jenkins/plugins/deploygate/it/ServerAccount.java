package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The account the private database servers run under. PostgreSQL refuses to run as root, and CI
 * runs as root: there the servers run as an unprivileged account ({@code deploygate-it}, which
 * {@code .ci/run} creates; {@code -Dit.databases.serverUser} names another). Anyone else runs them
 * as themselves. Every server is started through {@code setpriv --pdeathsig TERM}, so that it
 * stops when the test process dies, however it dies.
 */
final class ServerAccount {

    static final String DEFAULT_USER = "deploygate-it";

    private final String user;

    private ServerAccount(String user) {
        this.user = user;
    }

    static ServerAccount forThisProcess() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ServerAccount(null);
        }
        String user = System.getProperty("it.databases.serverUser", DEFAULT_USER);
        try {
            UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            users.lookupPrincipalByName(user);
            users.lookupPrincipalByGroupName(user);
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("The tests run as root, and PostgreSQL refuses to: create the"
                    + " unprivileged account '" + user + "' with its group (useradd --system " + user
                    + ", as .ci/run does) or name another with -Dit.databases.serverUser=NAME");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerAccount(user);
    }

    /** {@code command} run as this account, killed when its parent dies. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--pdeathsig", "TERM"));
        if (user != null) {
            wrapped.addAll(List.of("--reuid=" + user, "--regid=" + user, "--init-groups"));
        }
        wrapped.add("--");
        wrapped.addAll(command);
        return wrapped;
    }

    /** Creates {@code directory} (and its parents) as this account's: a server's own directory. */
    Path ownedDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        own(directory);
        return directory;
    }

    /** Makes {@code directory} this account's, so that its server can write there. */
    void own(Path directory) {
        if (user == null) {
            return;
        }
        try {
            UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal owner = users.lookupPrincipalByName(user);
            GroupPrincipal group = users.lookupPrincipalByGroupName(user);
            PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
            view.setOwner(owner);
            view.setGroup(group);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
