package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.gate.Membership;
import io.jenkins.plugins.deploygate.engine.gate.Requester;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's inputs for one gate of a build, built the same way for the step that evaluates it,
 * the endpoints that record a vote and the pages that offer one, so that they cannot disagree: the
 * evaluator (membership by the realm, by the groups each voter's login carried, by the rules; ids
 * compared by the realm's strategy), and the request (when it was first seen, who started the
 * build, who committed to it). Eligibility and separation of duties are the engine's ({@link
 * GateEvaluator#eligibility()}); nothing here decides who may act.
 */
final class GateInputs {

    private final GateRules rules;
    private final GateRecord gate;
    private final GateEvaluator evaluator;
    private final GateRequest request;

    private GateInputs(GateRules rules, GateRecord gate, GateEvaluator evaluator, GateRequest request) {
        this.rules = rules;
        this.gate = gate;
        this.evaluator = evaluator;
        this.request = request;
    }

    /**
     * The inputs as they are now: the committers read again from the build history, the possible
     * requesters asked again. What an evaluation and a vote use.
     *
     * @param actor the user acting through the current request, or null for the step itself
     */
    static GateInputs fresh(Run<?, ?> run, GateRecord gate, GateRules rules, Actor actor) {
        GateEvaluator evaluator = evaluator(gate, rules, actor);
        Set<String> people = people(gate, rules, evaluator, actor);
        JobBuilders builders = new JobBuilders(gate.getRequesters().getJobs(), actor);
        GateRequest request = GateRequest.of(gate.getEnvironment(), gate.getChangeId(), instant(gate.getFirstSeenAt()))
                .withDeclaredRequestedAt(
                        gate.getDeclaredRequestedAt() == 0 ? null : instant(gate.getDeclaredRequestedAt()))
                .withRequester(gate.getRequesters().toRequester(people, builders::mayBuild))
                .withCommitters(Committers.of(run, gate.getEnvironment(), people));
        return new GateInputs(rules, gate, evaluator, request);
    }

    /**
     * The inputs as the latest evaluation had them, with the acting user added to the possible
     * requesters where they could have started the build: what a page needs to say who may act,
     * without reading the build history at every view.
     */
    static GateInputs stored(Run<?, ?> run, GateRecord gate, GateRules rules, Actor actor) {
        GateDecision latest = gate.getDecision();
        if (latest == null) {
            return fresh(run, gate, rules, actor);
        }
        GateRequest request = latest.request();
        if (actor != null
                && !request.requester().isKnown()
                && !request.requester().isAnyone()) {
            JobBuilders builders = new JobBuilders(gate.getRequesters().getJobs(), actor);
            Set<String> candidates = new LinkedHashSet<>(request.requester().candidates());
            if (builders.mayBuild(actor.user())) {
                candidates.add(actor.user());
            }
            request = request.withRequester(Requester.oneOf(List.copyOf(candidates)));
        }
        return new GateInputs(rules, gate, evaluator(gate, rules, actor), request);
    }

    GateEvaluator evaluator() {
        return evaluator;
    }

    GateRequest request() {
        return request;
    }

    /** The rule that applies to the gate's environment, if any. */
    Optional<EnvironmentRule> rule() {
        return rules.ruleFor(gate.getEnvironment());
    }

    /** The engine's decision at {@code now}, counting every vote and the exception recorded. */
    GateDecision decide(Instant now, Deadline deadline) {
        return evaluator.evaluate(rules, request, gate.toApprovals(), gate.toExceptionGrant(), now, deadline);
    }

    private static GateEvaluator evaluator(GateRecord gate, GateRules rules, Actor actor) {
        UserIdentity identity = JenkinsMembership.identity();
        Membership membership = JenkinsMembership.of(rules, gate.recordedGroups());
        return new GateEvaluator(actor == null ? membership : actor.login().or(membership), identity);
    }

    /**
     * The users the gate is concerned with: who voted or granted, who acts now, and the known
     * members of every group and list that approves or grants. Only they need to be matched to
     * committers by address and asked whether they could have started the build.
     */
    private static Set<String> people(GateRecord gate, GateRules rules, GateEvaluator evaluator, Actor actor) {
        Set<String> people = new LinkedHashSet<>(gate.actors());
        if (actor != null) {
            people.add(actor.user());
        }
        rules.ruleFor(gate.getEnvironment()).ifPresent(rule -> {
            for (ApprovalRequirement requirement : rule.approvals()) {
                people.addAll(evaluator.eligibility().members(requirement).known());
            }
            if (rule.exceptions() != null) {
                people.addAll(evaluator
                        .eligibility()
                        .members(rule.exceptions().grantedBy())
                        .known());
            }
        });
        return people;
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
