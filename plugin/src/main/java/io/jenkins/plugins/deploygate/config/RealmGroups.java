package io.jenkins.plugins.deploygate.config;

import hudson.security.SecurityRealm;
import hudson.security.UserMayOrMayNotExistException2;
import io.jenkins.plugins.deploygate.engine.rules.GroupDirectory;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The security realm as the engine's {@link GroupDirectory}, for the warning about a group defined
 * nowhere. A realm that cannot look groups up (it answers "may or may not exist", or not at all)
 * is reported as not asked, so that the warning does not claim the group is unknown to it.
 */
final class RealmGroups implements GroupDirectory {

    private static final Logger LOGGER = Logger.getLogger(RealmGroups.class.getName());

    private final SecurityRealm realm;
    private volatile boolean answered = true;

    RealmGroups(SecurityRealm realm) {
        this.realm = realm;
    }

    /** The directory of the controller's current security realm. */
    static RealmGroups current() {
        return new RealmGroups(Jenkins.get().getSecurityRealm());
    }

    @Override
    public boolean knows(String group) {
        try {
            realm.loadGroupByGroupname2(group, false);
            return true;
        } catch (UserMayOrMayNotExistException2 cannotTell) {
            answered = false;
        } catch (UsernameNotFoundException unknown) {
            return false;
        } catch (RuntimeException unavailable) {
            // UnsupportedOperationException, or a directory that cannot be reached: no answer.
            LOGGER.log(Level.FINE, "The security realm could not look up the group " + group, unavailable);
            answered = false;
        }
        return false;
    }

    @Override
    public boolean asked() {
        return answered;
    }
}
