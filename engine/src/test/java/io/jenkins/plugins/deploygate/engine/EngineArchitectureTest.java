package io.jenkins.plugins.deploygate.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine is bundled into a Jenkins plugin and also runs in the command line tool, so it must
 * never see a Jenkins type and must need nothing but the JDK (and RE2/J) at run time.
 */
@AnalyzeClasses(packages = "io.jenkins.plugins.deploygate.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineIsJenkinsFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..")
            .because("the engine is the Jenkins-free core; the plugin adapts Jenkins to it");

    @ArchTest
    static final ArchRule engineNeedsOnlyTheJdkAndRe2j = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.google.re2j..", "io.jenkins.plugins.deploygate.engine..")
            .because("the engine is bundled into a Jenkins plugin, where extra libraries clash;"
                    + " RE2/J runs the DBA's patterns in linear time and has no dependencies of its own");

    @ArchTest
    static final ArchRule enginePackagesAreFreeOfCycles = slices().matching("io.jenkins.plugins.deploygate.engine.(**)")
            .should()
            .beFreeOfCycles()
            .because("each package is one idea that can be read and changed without the ones that use it");
}
