package dev.taskfit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The directions between feature packages: dependencies point down, never in a cycle. */
@AnalyzeClasses(packages = "dev.taskfit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** route -> pipeline -> generate, classify; advise -> classify; all -> api; train may use the engines. */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("api").definedBy("dev.taskfit.api..")
            .layer("classify").definedBy("dev.taskfit.classify..")
            .layer("generate").definedBy("dev.taskfit.generate..")
            .layer("advise").definedBy("dev.taskfit.advise..")
            .layer("pipeline").definedBy("dev.taskfit.pipeline..")
            .layer("route").definedBy("dev.taskfit.route..")
            .layer("startup").definedBy("dev.taskfit.startup..")
            .layer("train").definedBy("dev.taskfit.train..")
            .whereLayer("route").mayNotBeAccessedByAnyLayer()
            .whereLayer("startup").mayNotBeAccessedByAnyLayer()
            .whereLayer("train").mayNotBeAccessedByAnyLayer()
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("route")
            .whereLayer("advise").mayOnlyBeAccessedByLayers("route", "train")
            .whereLayer("generate").mayOnlyBeAccessedByLayers("pipeline", "route", "train")
            .whereLayer("classify").mayOnlyBeAccessedByLayers("advise", "pipeline", "route", "train")
            .whereLayer("api").mayOnlyBeAccessedByLayers("classify", "generate", "advise", "pipeline", "route",
                    "startup", "train");

    /** No class calls an HTTP resource: features share services, and a resource is only the HTTP door to one. */
    @ArchTest
    static final ArchRule noCallsToResources = noClasses().should().dependOnClassesThat()
            .haveSimpleNameEndingWith("Resource");

    /** No cycles between the top-level packages. */
    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.taskfit.(*)..").should().beFreeOfCycles();
}
