package org.okrkit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The architecture rules of okr-json. */
@AnalyzeClasses(packages = "org.okrkit.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule json_uses_no_core_internals =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.json..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.okrkit.internal..")
          .because("okr-json is a client of okr-core's public API like any other");

  @ArchTest
  static final ArchRule only_the_writer_and_the_check_in_reader_use_the_models_stored_parts =
      noClasses()
          .that()
          .resideInAPackage("org.okrkit.json..")
          .and()
          .doNotHaveFullyQualifiedName("org.okrkit.json.OkrWriter")
          .and()
          .doNotHaveFullyQualifiedName("org.okrkit.json.CheckInReader")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.okrkit.model.internal..")
          .because("okr-core exports its stored parts to okr-json for the writer's and the"
              + " check-in reader's speed alone; everything else reads the public API");

  @ArchTest
  static final ArchRule serializers_are_package_private_and_final =
      classes()
          .that()
          .areAssignableTo(JsonSerializer.class)
          .or()
          .areAssignableTo(JsonDeserializer.class)
          .or()
          .haveSimpleNameEndingWith("Serializer")
          .or()
          .haveSimpleNameStartingWith("OkrReader")
          .or()
          .haveSimpleNameEndingWith("Reader")
          .or()
          .haveSimpleNameStartingWith("Json")
          .or()
          .haveSimpleNameStartingWith("OkrWriter")
          .should()
          .notBePublic()
          .andShould(
              ArchConditions.haveModifier(JavaModifier.FINAL)
                  .or(ArchConditions.haveModifier(JavaModifier.ABSTRACT)))
          .because("the format is the contract, not the classes that implement it; what the"
              + " per-type serializers share is an abstract base, as in Jackson's jsr310 module");

  @ArchTest
  static final ArchRule public_api_is_the_facade_module_limits_and_exception =
      classes()
          .that()
          .arePublic()
          .should()
          .haveNameMatching(
              "org\\.okrkit\\.json\\.(OkrJson(\\$Style)?|OkrJsonModule|OkrJsonLimits"
                  + "|AtomicFile(\\$Content)?|OkrJsonException(\\$Problem)?|OkrCsv"
                  + "|OkrCsvException(\\$Problem)?)")
          .because("every public type is API to keep compatible");

  @ArchTest
  static final ArchRule no_standard_streams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_generic_exceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
