package app.fairpass.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md "Modules": fair-core is the domain, free of UI, PDF and QR libraries and of the other modules. */
class CoreBoundaryTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.fairpass.core");

    @Test
    void coreUsesNoVaadinPdfboxOrZxing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.apache.pdfbox..",
                "com.google.zxing..").check(CORE);
    }

    @Test
    void coreKnowsNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("app.fairpass.printing..",
                "app.fairpass.admin..", "app.fairpass.kiosk..").check(CORE);
    }

    /**
     * The figures follow the records through the facts they publish (pass issued, checked in, booth recorded, …):
     * a feature that writes records never calls the tallies, so a new write path cannot count by hand or forget to.
     */
    @Test
    void theWritingFeaturesDoNotDependOnTheFigures() {
        noClasses().that().resideInAnyPackage("app.fairpass.core.pass..", "app.fairpass.core.seeker..",
                "app.fairpass.core.checkin..", "app.fairpass.core.booth..", "app.fairpass.core.imports..",
                "app.fairpass.core.retention..")
                .should().dependOnClassesThat().resideInAPackage("app.fairpass.core.stats..").check(CORE);
    }
}
