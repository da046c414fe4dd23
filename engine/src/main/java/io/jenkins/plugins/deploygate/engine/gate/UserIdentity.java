package io.jenkins.plugins.deploygate.engine.gate;

import java.util.Collection;
import java.util.Locale;

/**
 * When two user ids name the same user: the port through which the gate compares ids for
 * duplicate votes, for the requester and the committers under separation of duties, and for the
 * {@code users: [...]} lists of approval requirements. The Jenkins plugin passes its security
 * realm's user id strategy ({@code realm.getUserIdStrategy()::keyFor}), so that the gate and the
 * approval page agree with Jenkins about who {@code Alice} is; the command line compares ids
 * exactly ({@link #EXACT}).
 */
@FunctionalInterface
public interface UserIdentity {

    /** Ids are case-sensitive: {@code alice} and {@code Alice} are two users. */
    UserIdentity EXACT = id -> id;

    /** Ids are case-insensitive, as Jenkins' default id strategy has them. */
    UserIdentity IGNORING_CASE = id -> id.toLowerCase(Locale.ROOT);

    /** The form of {@code id} in which equal ids are equal strings; must not throw. */
    String key(String id);

    /** Whether {@code a} and {@code b} name the same user; {@code false} when either is {@code null}. */
    default boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** Whether {@code user} is one of {@code users}. */
    default boolean isAmong(String user, Collection<String> users) {
        return users.stream().anyMatch(other -> same(user, other));
    }
}
