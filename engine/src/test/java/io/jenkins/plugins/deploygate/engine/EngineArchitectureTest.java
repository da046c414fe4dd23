package io.jenkins.plugins.deploygate.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine is bundled into a Jenkins plugin and also runs in the command line tool, so it must
 * never see a Jenkins type and must need nothing but the JDK at run time.
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
    static final ArchRule engineNeedsOnlyTheJdk = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jenkins.plugins.deploygate.engine..")
            .because("the engine is bundled into a Jenkins plugin, where extra libraries clash");
}
