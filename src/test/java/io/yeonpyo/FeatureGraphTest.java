package io.yeonpyo;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages, the root's direct sub-packages, depend on each other without a cycle. {@link
 * ArchitectureTest} slices every sub-package and so cannot see a cycle that runs through sub-packages of several
 * features (event.web → chart → event).
 */
class FeatureGraphTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.yeonpyo");

    @Test
    void featuresFormADirectedAcyclicGraph() {
        slices().matching("io.yeonpyo.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
