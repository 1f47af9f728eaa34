package io.yeonpyo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package-by-feature layout, checked: a reader finds their room from the folder names alone. */
@AnalyzeClasses(packages = "io.yeonpyo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule extractionIsPlainJava = noClasses().that().resideInAPackage("..extraction..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "io.yeonpyo.article..", "io.yeonpyo.event..", "io.yeonpyo.actor..",
                    "io.yeonpyo.system..", "io.yeonpyo.search..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("io.yeonpyo.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule entitiesStayInsideTheirFeature = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule noLayerPackages = noClasses().should()
            .resideInAnyPackage("..controller..", "..service..", "..repository..", "..entity..");
}
