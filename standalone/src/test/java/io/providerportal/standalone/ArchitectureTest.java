package io.providerportal.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The shape of the code (design §2), checked over all modules at once. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.providerportal");

    @Test
    void sharedEventsUseNeitherSpringNorJpa() {
        noClasses()
                .that()
                .resideInAPackage("io.providerportal.events..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "io.providerportal.platform..",
                        "io.providerportal.command..",
                        "io.providerportal.query..")
                .check(CLASSES);
    }

    @Test
    void everyEventIsARecordWithARevision() {
        classes()
                .that()
                .resideInAPackage("io.providerportal.events..")
                .and()
                .areNotInterfaces()
                .and()
                .areNotEnums()
                .and()
                .doNotHaveSimpleName("EventMetadata")
                .and()
                .haveSimpleNameNotEndingWith("package-info")
                .should()
                .beRecords()
                .andShould()
                .beAnnotatedWith(Revision.class)
                .check(CLASSES);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses()
                .that()
                .resideInAPackage("io.providerportal.query..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.providerportal.command..")
                .check(CLASSES);
    }

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses()
                .that()
                .resideInAPackage("io.providerportal.command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.providerportal.query..")
                .check(CLASSES);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.providerportal.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.providerportal.command..", "io.providerportal.query..")
                .check(CLASSES);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("io.providerportal.(command|query).(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
