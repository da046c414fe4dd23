package io.jenkins.plugins.deploygate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The plugin's packages follow the engine's features, and depend on each other in one direction:
 * the rules (config) at the bottom, the gate and the capture on them (each with its own records),
 * the report on everything, the mail used by whoever sends one. A step's execution is its step's
 * business alone.
 */
@AnalyzeClasses(
        packages = {
            "io.jenkins.plugins.deploygate.config",
            "io.jenkins.plugins.deploygate.gate",
            "io.jenkins.plugins.deploygate.capture",
            "io.jenkins.plugins.deploygate.report",
            "io.jenkins.plugins.deploygate.mail"
        },
        importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    private static final String CONFIG = "io.jenkins.plugins.deploygate.config..";
    private static final String GATE = "io.jenkins.plugins.deploygate.gate..";
    private static final String CAPTURE = "io.jenkins.plugins.deploygate.capture..";
    private static final String REPORT = "io.jenkins.plugins.deploygate.report..";
    private static final String MAIL = "io.jenkins.plugins.deploygate.mail..";

    @ArchTest
    static final ArchRule theRulesDependOnNothingElseOfThePlugin = noClasses()
            .that()
            .resideInAPackage(CONFIG)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GATE, CAPTURE, REPORT, MAIL)
            .because("the rules are read by every feature and must not know any of them");

    @ArchTest
    static final ArchRule theGateKnowsNeitherCaptureNorReport = noClasses()
            .that()
            .resideInAPackage(GATE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CAPTURE, REPORT)
            .because("a gate decides before anything is deployed or reported");

    @ArchTest
    static final ArchRule theCaptureKnowsNoGate = noClasses()
            .that()
            .resideInAPackage(CAPTURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GATE, MAIL)
            .because("scanning a deployment's output does not depend on how it was let through");

    @ArchTest
    static final ArchRule theCaptureKeepsItsRecordsWithoutTheReport = noClasses()
            .that()
            .resideInAPackage(CAPTURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(REPORT)
            .because("the captures are stored by their own action; the report learns of them through a listener");

    @ArchTest
    static final ArchRule mailIsSentOnlyByTheGateAndTheReport = classes()
            .that()
            .resideInAPackage(MAIL)
            .should()
            .onlyHaveDependentClassesThat()
            .resideInAnyPackage(MAIL, GATE, REPORT)
            .because("Mailer is optional: only the approvers' notice and the report mail");

    @ArchTest
    static final ArchRule mailKnowsNothingElseOfThePlugin = noClasses()
            .that()
            .resideInAPackage(MAIL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CONFIG, GATE, CAPTURE, REPORT);

    /** A class of the plugin that runs a step. */
    private static final DescribedPredicate<JavaClass> A_STEP_EXECUTION = JavaClass.Predicates.assignableTo(
                    StepExecution.class)
            .and(JavaClass.Predicates.resideInAPackage("io.jenkins.plugins.deploygate.."))
            .as("a step execution of the plugin");

    /** A step, an execution, or a class nested in one: those may know an execution. */
    private static final DescribedPredicate<JavaClass> INSIDE_A_STEP = new DescribedPredicate<>("part of a step") {
        @Override
        public boolean test(JavaClass type) {
            for (JavaClass at = type; at != null; at = at.getEnclosingClass().orElse(null)) {
                if (at.isAssignableTo(Step.class) || at.isAssignableTo(StepExecution.class)) {
                    return true;
                }
            }
            return false;
        }
    };

    @ArchTest
    static final ArchRule nothingDependsOnAStepsInternals = noClasses()
            .that(DescribedPredicate.not(INSIDE_A_STEP))
            .should()
            .dependOnClassesThat(A_STEP_EXECUTION)
            .because("pages and endpoints reach a running step through an interface (GateWaiter)");
}
