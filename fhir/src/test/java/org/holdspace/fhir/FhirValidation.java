package org.holdspace.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator, offline, as DESIGN.md describes it: base R4 plus the library's CodeSystems.
 * Expensive to build (a few seconds for the first validation): one per test class.
 */
final class FhirValidation {
  private final FhirValidator validator;

  FhirValidation() {
    FhirContext context = FhirContext.forR4Cached();
    PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(context);
    HoldspaceCodeSystems.all().forEach(own::addCodeSystem);
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context), own);
    validator = context.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
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
