package org.llm4rec.explorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps dependencies pointing inward: ui and cli → app → domain, with the adapters (store, llm) behind the ports of
 * app.port and wired only in boot.
 */
@AnalyzeClasses(packages = "org.llm4rec.explorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("..explorer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.langchain4j..", "java.sql..",
                    "org.llm4rec.explorer.app..", "org.llm4rec.explorer.ui..", "org.llm4rec.explorer.store..",
                    "org.llm4rec.explorer.llm..")
            .because("the domain must stay testable and portable without a toolkit, model library or database");

    @ArchTest
    static final ArchRule langChain4jOnlyInTheLlmAdapter = noClasses()
            .that().resideOutsideOfPackage("..explorer.llm..")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .because("the model library is an adapter detail behind LlmClient");

    @ArchTest
    static final ArchRule jdbcOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("..explorer.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("SQLite is an adapter detail behind the repository interfaces");

    @ArchTest
    static final ArchRule applicationLayerHasNoUi = noClasses()
            .that().resideInAnyPackage("..explorer.app..", "..explorer.dataset..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.llm4rec.explorer.ui..")
            .because("services run headless too (command line, experiments)");

    @ArchTest
    static final ArchRule onlyTheUiAndTheRootUseJavaFx = noClasses()
            .that().resideInAnyPackage("..explorer.llm..", "..explorer.store..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule adaptersAreReachedOnlyFromBoot = noClasses()
            .that().resideOutsideOfPackages("..explorer.boot..", "..explorer.store..", "..explorer.llm..")
            .should().dependOnClassesThat().resideInAnyPackage("org.llm4rec.explorer.store..",
                    "org.llm4rec.explorer.llm..")
            .because("the window, the command line and the services see only the ports; boot wires the adapters");

    @ArchTest
    static final ArchRule adaptersSeeOnlyThePorts = noClasses()
            .that().resideInAnyPackage("..explorer.store..", "..explorer.llm..")
            .should().dependOnClassesThat().resideInAnyPackage("org.llm4rec.explorer.app",
                    "org.llm4rec.explorer.app.server..", "org.llm4rec.explorer.app.experiment..",
                    "org.llm4rec.explorer.app.export..", "org.llm4rec.explorer.app.download..",
                    "org.llm4rec.explorer.ui..", "org.llm4rec.explorer.cli..", "org.llm4rec.explorer.boot..")
            .because("an adapter implements a port of app.port and knows nothing of the services that use it");

    @ArchTest
    static final ArchRule commandLineAndBenchmarksHaveNoUi = noClasses()
            .that().resideInAnyPackage("..explorer.cli..", "..explorer.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.llm4rec.explorer.ui..",
                    "org.llm4rec.explorer.boot..")
            .because("subcommands run headless, on the services boot's wiring hands them");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.llm4rec.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models hold state as properties and are tested without a toolkit");
}
