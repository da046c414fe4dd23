package io.jenkins.plugins.deploygate.engine.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipTest {

    private final Membership rules = Membership.ofRules(Fixtures.RULES);

    @Test
    void groupsOfTheRulesKnowTheirMembersAndNothingElse() {
        assertThat(rules.isMember("alice", "dba")).isTrue();
        assertThat(rules.isMember("carol", "dba")).isFalse();
        assertThat(rules.isMember("alice", "no-such-group")).isFalse();
    }

    @Test
    void eitherSourceMakesAMember() {
        Membership realm = (user, group) -> user.equals("zoe") && group.equals("dba");

        Membership both = realm.or(rules);

        assertThat(both.isMember("zoe", "dba")).isTrue();
        assertThat(both.isMember("alice", "dba")).isTrue();
        assertThat(both.isMember("zoe", "change-board")).isFalse();
    }
}
