package kz.gov.dnr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.outside.OutsideSystemsConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the tree reads (STYLE.md, DEVELOPERS.md), held by the build: a package per stage, none leaning on another;
 * a shared kernel that knows no stage; business services that know no engine; the engine's internals in one
 * package; outside systems reached through their interfaces, never their simulators; only marked beans called
 * from the models; nothing written to the console past the log's masking.
 */
class ArchitectureTest {

  static final String[] STAGES = {"kz.gov.dnr.petition..", "kz.gov.dnr.preliminary..", "kz.gov.dnr.finaldecision..",
      "kz.gov.dnr.residencecard.."};

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("kz.gov.dnr");
  }

  @Test
  void eachStageStandsOnTheSharedKernelNotOnAnotherStage() {
    for (String stage : STAGES) {
      String[] others = Arrays.stream(STAGES).filter(s -> !s.equals(stage)).toArray(String[]::new);
      noClasses().that().resideInAPackage(stage).should().dependOnClassesThat().resideInAnyPackage(others)
          .because("a stage of the order is read, changed and tested in its own package; the case ties them in dnr-case")
          .check(main);
    }
  }

  @Test
  void theSharedKernelKnowsNoStage() {
    noClasses().that().resideOutsideOfPackages(STAGES).should().dependOnClassesThat().resideInAnyPackage(STAGES)
        .because("calendar, documents, outside systems, notifications, security, the API and the case file serve"
            + " every stage and are tested without them")
        .check(main);
  }

  @Test
  void businessServicesAreTestedWithoutTheEngine() {
    noClasses().that().resideInAnyPackage("kz.gov.dnr.calendar..", "kz.gov.dnr.documents..", "kz.gov.dnr.outside..",
            "kz.gov.dnr.notifications..", "kz.gov.dnr.api..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("business logic lives in plain services that are tested without the engine (DEVELOPERS.md)")
        .check(main);
  }

  @Test
  void theEnginesInternalsAreReachedOnlyFromTheEnginePackage() {
    DescribedPredicate<JavaClass> internals = DescribedPredicate.describe("the engine's internal classes",
        c -> c.getPackageName().startsWith("org.camunda.bpm.engine.impl")
            // Returned by the public IdentityService: who is completing the task.
            && !c.getName().equals("org.camunda.bpm.engine.impl.identity.Authentication"));
    noClasses().that().resideOutsideOfPackage("kz.gov.dnr.engine..")
        // A refused task form must be the engine's form-validation exception, which its REST API answers with 400;
        // the log filter recognises the same type.
        .and().doNotHaveFullyQualifiedName("kz.gov.dnr.casefile.steps.FormRefused")
        .and().doNotHaveFullyQualifiedName("kz.gov.dnr.logging.ClientFaultFilter")
        .should().dependOnClassesThat(internals)
        .because("plugins, interceptors and the clock adapt the engine in one place; the rest of the code uses the"
            + " public API, which Operaton keeps")
        .check(main);
  }

  @Test
  void outsideSystemsAreReachedThroughTheirInterfaces() {
    noClasses().that().resideOutsideOfPackage("kz.gov.dnr.outside.simulator..")
        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(OutsideSystemsConfiguration.class)))
        .should().dependOnClassesThat().resideInAPackage("kz.gov.dnr.outside.simulator..")
        .because("a real adapter replaces a simulator in configuration alone")
        .check(main);
  }

  @Test
  void whatTheModelsCallIsMarkedAndKeepsNoSqlOfItsOwn() {
    classes().that().implement(JavaDelegate.class).or().implement(TaskListener.class).or()
        .implement(ExecutionListener.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .and().resideOutsideOfPackage("kz.gov.dnr.engine..")
        .should().beAnnotatedWith(CalledFromModels.class)
        .because("an analyst editing a model reaches only the beans made for it (ModelConventionsTest checks the"
            + " models' side)")
        .check(main);
    noClasses().that().implement(JavaDelegate.class).or().implement(TaskListener.class)
        .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
        .because("delegates are thin: they read variables, call a service, write results")
        .check(main);
  }

  @Test
  void nothingIsWrittenToTheConsolePastTheLogsMasking() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
        .because("the log masks personal data; the console would not").check(main);
  }
}
