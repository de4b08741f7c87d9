package org.okrkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules for the scoring and roll-up packages. */
@AnalyzeClasses(packages = "org.okrkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringArchitectureTest {

  @ArchTest
  static final ArchRule scoring_and_rollup_have_no_mutable_static_state =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage("org.okrkit.scoring..", "org.okrkit.rollup..")
          .and()
          .areStatic()
          .should()
          .beFinal()
          .because("scorers and roll-ups are pure and shared between threads");

  @ArchTest
  static final ArchRule scoring_and_rollup_read_no_clock_and_do_no_io =
      noClasses()
          .that()
          .resideInAnyPackage("org.okrkit.scoring..", "org.okrkit.rollup..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio..", "java.net..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.time.Clock")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .because("the as-of date is a parameter: scoring the same input twice gives the same score");

  @ArchTest
  static final ArchRule rollup_does_not_depend_on_validation =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.rollup..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.okrkit.validation..")
          .because("the roll-up reports its own structural errors and must not wait for a linter");

  @ArchTest
  static final ArchRule scoring_depends_on_neither_rollup_nor_validation =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.okrkit.rollup..", "org.okrkit.validation..")
          .because("dependencies run one way: model, scoring, roll-up, validation");
}
