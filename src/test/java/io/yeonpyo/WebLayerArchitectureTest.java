package io.yeonpyo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web edge on top of {@link ArchitectureTest}: controllers only in web/api packages, no persistence types at
 * the edge, pages and JSON API apart.
 */
class WebLayerArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.yeonpyo");

    @Test
    void controllersLiveInWebOrApiPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAnyPackage("io.yeonpyo..web..", "io.yeonpyo..api..")
                .check(classes);
    }

    @Test
    void theWebEdgeNeverTouchesPersistence() {
        noClasses().that().resideInAnyPackage("io.yeonpyo..web..", "io.yeonpyo..api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..")
                .check(classes);
    }

    @Test
    void theJsonApiDoesNotDependOnThePages() {
        noClasses().that().resideInAPackage("io.yeonpyo..api..").should().dependOnClassesThat()
                .resideInAPackage("io.yeonpyo..web..")
                .check(classes);
    }
}
