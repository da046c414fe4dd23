package io.jenkins.plugins.deploygate.engine.rules;

/**
 * The user directory's answer to "does this group exist?", for the warning about a group defined
 * nowhere. Jenkins passes its security realm; the command line has none ({@link #NONE}).
 */
public interface GroupDirectory {

    /** A directory that knows no group: the rules' own groups are all there is. */
    GroupDirectory NONE = new GroupDirectory() {
        @Override
        public boolean knows(String group) {
            return false;
        }

        @Override
        public boolean asked() {
            return false;
        }
    };

    /** Whether the directory has {@code group}; must not throw, and should answer quickly. */
    boolean knows(String group);

    /** Whether a real directory answered (so a warning can say it was asked). */
    default boolean asked() {
        return true;
    }
}
