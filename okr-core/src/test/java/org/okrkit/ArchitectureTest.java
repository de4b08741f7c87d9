package org.okrkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of okr-core. */
@AnalyzeClasses(packages = "org.okrkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_and_annotations =
      classes()
          .that()
          .resideInAPackage("org.okrkit..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.okrkit..", "java..", "org.immutables.value..", "org.jspecify..")
          .because("okr-core must embed anywhere with no runtime dependency but the JDK");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices()
          .matching("org.okrkit.(*)..")
          .should()
          .beFreeOfCycles()
          .because("dependencies run one way: model, scoring, rollup, validation");

  @ArchTest
  static final ArchRule model_does_not_depend_on_scoring_rollup_or_validation =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.okrkit.scoring..", "org.okrkit.rollup..", "org.okrkit.validation..")
          .because("the model is the bottom layer");

  @ArchTest
  static final ArchRule text_does_not_depend_on_validation =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.text..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.okrkit.validation..")
          .because(
              "the lexical layer (tokenizer, lexicon, activity check) is below the linter: the"
                  + " linter uses it, never the other way round");

  @ArchTest
  static final ArchRule generated_immutables_are_not_public =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .because("users build values through the abstract types' factories and builders");

  @ArchTest
  static final ArchRule library_code_does_no_io_and_reads_no_clock =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio..", "java.net..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.time.Clock")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Random")
          .orShould()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("okr-core is pure: time is a parameter, never read from a clock");
}
