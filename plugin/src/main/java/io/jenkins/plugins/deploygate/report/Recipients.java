package io.jenkins.plugins.deploygate.report;

import hudson.model.Run;
import hudson.model.User;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jenkins.scm.RunWithSCM;

/**
 * Who a report goes to, as {@code publishDeployReport} was told: e-mail addresses, Jenkins user
 * ids, and the keyword {@code culprits} (the users whose changes are in this build, or in the
 * failing builds before it). Separated by commas or white space.
 */
final class Recipients {

    static final String CULPRITS = "culprits";

    private final List<String> addresses = new ArrayList<>();
    private final Set<String> userIds = new LinkedHashSet<>();

    private Recipients() {}

    static Recipients parse(String text, Run<?, ?> run) {
        Recipients recipients = new Recipients();
        if (text == null) {
            return recipients;
        }
        for (String token : text.trim().split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.toLowerCase(Locale.ROOT).equals(CULPRITS)) {
                recipients.userIds.addAll(culprits(run));
            } else if (token.contains("@")) {
                recipients.addresses.add(token);
            } else {
                recipients.userIds.add(token);
            }
        }
        return recipients;
    }

    private static List<String> culprits(Run<?, ?> run) {
        if (!(run instanceof RunWithSCM<?, ?> withScm)) {
            return List.of();
        }
        return withScm.getCulprits().stream().map(User::getId).toList();
    }

    /** Addresses given as such. */
    List<String> addresses() {
        return List.copyOf(addresses);
    }

    /** Jenkins users, whose addresses come from their profile. */
    List<String> userIds() {
        return List.copyOf(userIds);
    }

    boolean isEmpty() {
        return addresses.isEmpty() && userIds.isEmpty();
    }

    /** How the report names these people: users by display name, then the addresses. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (String id : userIds) {
            User user = User.getById(id, false);
            names.add(user == null ? id : user.getDisplayName());
        }
        names.addAll(addresses);
        return names;
    }
}
