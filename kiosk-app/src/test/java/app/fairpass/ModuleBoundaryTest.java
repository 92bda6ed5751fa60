package app.fairpass;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/** The module and layer rules of docs/architecture.md "Modules", checked on the compiled classes of every module. */
class ModuleBoundaryTest {
    private static final List<Class<? extends Annotation>> SECURITY = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);
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
    void coreFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("app.fairpass.core.(*)..").should().beFreeOfCycles().check(ALL);
    }

    /**
     * A core service method that code outside the core calls says who may call it (a role, or anyone); the
     * internal ones, which other core services use, cannot be reached from the web layer.
     */
    @Test
    void coreServiceMethodsCalledFromOutsideTheCoreDeclareWhoMayCallThem() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("app.fairpass.core..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and(new DescribedPredicate<>("are called from outside the core") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return !method.getModifiers().contains(JavaModifier.STATIC) && method.getCallsOfSelf().stream()
                                .anyMatch(call -> !call.getOriginOwner().getPackageName().startsWith("app.fairpass.core"));
                    }
                })
                .should(new ArchCondition<>("declare who may call them") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean guarded = SECURITY.stream().anyMatch(annotation -> method.isAnnotatedWith(annotation)
                                || method.getOwner().isAnnotatedWith(annotation));
                        if (!guarded) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " is called from outside the core without a role check"));
                        }
                    }
                })
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
