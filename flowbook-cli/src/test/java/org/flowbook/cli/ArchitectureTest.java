package org.flowbook.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture the design promises, checked on the compiled production classes of every module
 * (the CLI depends on all of them): the model depends on nothing, only the server knows the web
 * framework, only the repository knows JDBC, libraries do not print, no package cycles.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.flowbook");
    // In a full reactor build the modules arrive as jars, in a module build as folders; either
    // way the rules must see them, or they would pass without checking anything.
    org.assertj.core.api.Assertions.assertThat(classes.contain(org.flowbook.model.Process.class))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.contain(org.flowbook.notation.ProcessParser.class))
        .isTrue();
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.flowbook.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.flowbook.model..", "java..")
        .check(classes);
  }

  @Test
  void onlyTheServerKnowsTheWebFramework() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.flowbook.server..", "org.flowbook.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "gg.jte..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheRepositoryKnowsJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.flowbook.repository..", "org.flowbook.server..", "org.flowbook.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.flywaydb..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void librariesDoNotPrint() {
    noClasses()
        // The test kit prints the visible "skipped" notices; it is test-only code.
        .that()
        .resideOutsideOfPackages(
            "org.flowbook.cli..", "org.flowbook.server..", "org.flowbook.testkit..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }

  /**
   * Mining's analyses hand their report sections over as plain data; only the report layer's JSON
   * writer knows Jackson, so no algorithm package (conformance, discovery, ...) is tied to it.
   */
  @Test
  void onlyTheMiningReportWriterKnowsJackson() {
    noClasses()
        .that()
        .resideInAPackage("org.flowbook.mining..")
        .and()
        .doNotHaveFullyQualifiedName("org.flowbook.mining.report.JsonReport")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void noModuleCycles() {
    slices().matching("org.flowbook.(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * No cycles between packages either, so each package can be read (and moved) on its own, and no
   * exception. ({@code repository} ↔ its sub-packages was one until {@code LibraryException} moved
   * down to {@code repository.refusal}; {@code mining.log} until the format choice moved to {@code
   * mining.log.files} and {@code InputProblem} up to {@code mining.log}.)
   */
  @Test
  void noPackageCycles() {
    slices().matching("org.flowbook.(**)").should().beFreeOfCycles().check(classes);
  }
}
