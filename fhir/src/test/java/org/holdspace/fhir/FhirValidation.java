package org.holdspace.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator, offline, as DESIGN.md describes it: base R4 plus the library's CodeSystems and
 * its extensions' StructureDefinitions (what {@link HoldspaceFhirPackage} ships), as a receiver
 * that loaded the package.
 * Expensive to build (a few seconds for the first validation): one per test class.
 */
final class FhirValidation {
  private final FhirValidator validator;

  FhirValidation() {
    this(false);
  }

  /**
   * @param usCore whether to load US Core 6.1.0 (the package in the test resources) as well, so
   *     that a resource claiming a US Core profile is validated against it
   */
  FhirValidation(boolean usCore) {
    FhirContext context = FhirContext.forR4Cached();
    PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(context);
    HoldspaceCodeSystems.all().forEach(own::addCodeSystem);
    HoldspaceFhirPackage.extensions().forEach(own::addStructureDefinition); // as a receiver with the package
    List<IValidationSupport> supports = new ArrayList<>();
    if (usCore) {
      NpmPackageValidationSupport npm = new NpmPackageValidationSupport(context);
      try {
        npm.loadPackageFromClasspath("classpath:fhir-packages/hl7.fhir.us.core-6.1.0.tgz");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      own.addCodeSystem(loincFragment());
      supports.add(new LoincDocumentTypes(context));
      supports.add(npm);
    }
    supports.addAll(List.of(new DefaultProfileValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
        new InMemoryTerminologyServerValidationSupport(context), new SnapshotGeneratingValidationSupport(context), own));
    ValidationSupportChain chain = new ValidationSupportChain(supports.toArray(new IValidationSupport[0]));
    validator = context.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /**
   * LOINC is not available offline: the validator gets a fragment of LOINC holding only the codes
   * Holdspace writes (the four progress notes, the GAS score 107333-7 and the five GAS answers of
   * LL6900-6), so that a wrong LOINC code is an error; US Core's document type binding is checked
   * by {@link LoincDocumentTypes}.
   */
  static org.hl7.fhir.r4.model.CodeSystem loincFragment() {
    org.hl7.fhir.r4.model.CodeSystem loinc = new org.hl7.fhir.r4.model.CodeSystem();
    loinc.setUrl("http://loinc.org").setName("LoincFragment").setStatus(
        org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE)
        .setContent(org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode.FRAGMENT);
    loinc.addProperty().setCode("SCALE_TYP").setType(org.hl7.fhir.r4.model.CodeSystem.PropertyType.STRING);
    String[][] docs = {{"11506-3", "Progress note"}, {"11507-1", "Occupational therapy Progress note"},
        {"11508-9", "Physical therapy Progress note"}, {"11512-1", "Speech-language pathology Progress note"}};
    for (String[] d : docs) {
      loinc.addConcept().setCode(d[0]).setDisplay(d[1]).addProperty().setCode("SCALE_TYP")
          .setValue(new org.hl7.fhir.r4.model.StringType("DOC"));
    }
    loinc.addConcept().setCode("107333-7").setDisplay("Practitioner follow-up goal attainment scaling score");
    String[][] answers = {{"LA34479-8", "Much better than expected"}, {"LA34480-6", "Better than expected"},
        {"LA34481-4", "Expected outcome"}, {"LA34483-0", "Less than expected"}, {"LA34484-8", "Much less than expected"}};
    for (String[] a : answers) {
      loinc.addConcept().setCode(a[0]).setDisplay(a[1]);
    }
    return loinc;
  }

  List<SingleValidationMessage> messages(IBaseResource resource) {
    return validator.validateWithResult(resource).getMessages();
  }

  static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .collect(Collectors.toList());
  }

  List<SingleValidationMessage> errors(IBaseResource resource) {
    return errors(messages(resource));
  }

  static String describe(List<SingleValidationMessage> messages) {
    return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + " [" + m.getMessageId() + "] "
        + m.getMessage()).collect(Collectors.joining("\n"));
  }
}
