package dev.taskfit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

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

    /**
     * HTTP bodies ({@code *Request}, {@code *Response}) belong to their feature's resource: another feature uses the
     * feature's services and their values instead. {@code GenerateResponse} and {@code PipelineResponse} are values a
     * service returns ({@code GenerateService.answer}, {@code PipelineRunner.run}) and route embeds them in its JSON.
     */
    static final Set<String> SERVICE_VALUES = Set.of("dev.taskfit.generate.GenerateResponse",
            "dev.taskfit.pipeline.PipelineResponse");

    @ArchTest
    static final ArchRule noForeignBodies = classes().should(new ArchCondition<JavaClass>(
            "not use another feature's HTTP request or response body") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String target = topLevel(dependency.getTargetClass().getName());
                String from = topLevel(origin.getName());
                boolean body = target.startsWith("dev.taskfit.") && (target.endsWith("Request") || target.endsWith("Response"));
                if (body && !feature(target).equals(feature(from)) && !SERVICE_VALUES.contains(target)) {
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        }
    });

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static String feature(String className) {
        String rest = className.substring("dev.taskfit.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    /** No cycles between the top-level packages. */
    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.taskfit.(*)..").should().beFreeOfCycles();
}
