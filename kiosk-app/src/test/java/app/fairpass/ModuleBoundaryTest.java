package app.fairpass;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The module and layer rules of docs/architecture.md "Modules", checked on the compiled classes of every module. */
class ModuleBoundaryTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.fairpass");

    @Test
    void coreUsesNoUiPdfOrQrLibraryAndNoOtherModule() {
        noClasses().that().resideInAPackage("app.fairpass.core..").should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.apache.pdfbox..", "com.google.zxing..",
                        "app.fairpass.printing..", "app.fairpass.admin..")
                .check(ALL);
        noClasses().that().resideInAPackage("app.fairpass.core..").should().dependOnClassesThat(
                resideInAPackage("app.fairpass..").and(not(resideInAPackage("app.fairpass.core..")))).check(ALL);
    }

    @Test
    void printingKnowsNothingOfTheDomainSpringOrVaadin() {
        noClasses().that().resideInAPackage("app.fairpass.printing..").should().dependOnClassesThat(
                resideInAPackage("app.fairpass..").and(not(resideInAPackage("app.fairpass.printing..")))).check(ALL);
        noClasses().that().resideInAPackage("app.fairpass.printing..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..").check(ALL);
    }

    @Test
    void theOrganiserConsoleDoesNotReachIntoTheDeployable() {
        noClasses().that().resideInAPackage("app.fairpass.admin..").should().dependOnClassesThat(
                resideInAPackage("app.fairpass..").and(not(resideInAnyPackage("app.fairpass.admin..",
                        "app.fairpass.core..", "app.fairpass.printing..")))).check(ALL);
    }

    @Test
    void viewsUseServicesNotRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class).check(ALL);
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAnnotatedWith(Entity.class).check(ALL);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(ALL);
    }

    @Test
    void domainTimeComesFromTheInjectedClock() {
        noClasses().that().resideInAPackage("app.fairpass.core..").should()
                .callMethod(Instant.class, "now").orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(ALL);
    }
}
