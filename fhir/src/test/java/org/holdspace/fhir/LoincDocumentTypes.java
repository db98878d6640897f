package org.holdspace.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * LOINC is not available offline, and HAPI's in-memory terminology cannot apply a filter on a LOINC
 * property. US Core's document type binding (http://hl7.org/fhir/us/core/ValueSet/
 * us-core-documentreference-type: LOINC codes whose SCALE_TYP is DOC, or NullFlavor UNK) is
 * therefore checked by this stand-in, which applies that value set's own rule to the LOINC
 * document codes Holdspace writes, with the SCALE_TYP LOINC gives them (DOC; as listed in HL7's
 * LOINC document ontology value set). Any other LOINC code is answered "not in the value set", so
 * a wrong code is still an error. Test-only; it answers nothing else.
 */
final class LoincDocumentTypes implements IValidationSupport {
  static final String VALUE_SET = "http://hl7.org/fhir/us/core/ValueSet/us-core-documentreference-type";
  /** The LOINC codes Holdspace writes, all with SCALE_TYP DOC. */
  private static final Map<String, String> DOCUMENTS = Map.of("11506-3", "Progress note",
      "11507-1", "Occupational therapy Progress note", "11508-9", "Physical therapy Progress note",
      "11512-1", "Speech-language pathology Progress note");

  private final FhirContext context;

  LoincDocumentTypes(FhirContext context) {
    this.context = context;
  }

  @Override
  public FhirContext getFhirContext() {
    return context;
  }

  @Override
  public boolean isValueSetSupported(ValidationSupportContext ctx, String url) {
    return url != null && url.startsWith(VALUE_SET);
  }

  @Override
  public CodeValidationResult validateCode(ValidationSupportContext ctx, ConceptValidationOptions options,
      String system, String code, String display, String valueSetUrl) {
    if (valueSetUrl == null || !isValueSetSupported(ctx, valueSetUrl)) {
      return null;
    }
    return check(system, code);
  }

  @Override
  public CodeValidationResult validateCodeInValueSet(ValidationSupportContext ctx, ConceptValidationOptions options,
      String system, String code, String display, IBaseResource valueSet) {
    String url = valueSet instanceof org.hl7.fhir.r4.model.ValueSet ? ((org.hl7.fhir.r4.model.ValueSet) valueSet).getUrl()
        : null;
    if (url == null || !isValueSetSupported(ctx, url)) {
      return null;
    }
    return check(system, code);
  }

  private static CodeValidationResult check(String system, String code) {
    if ("http://loinc.org".equals(system) && DOCUMENTS.containsKey(code)) {
      return new CodeValidationResult().setCode(code).setDisplay(DOCUMENTS.get(code));
    }
    if (UsCore.NULL_FLAVOR.equals(system) && "UNK".equals(code)) {
      return new CodeValidationResult().setCode(code).setDisplay("unknown");
    }
    if ("http://loinc.org".equals(system)) {
      return new CodeValidationResult().setSeverity(IssueSeverity.ERROR)
          .setMessage("not in " + VALUE_SET + " (as this stand-in knows LOINC)");
    }
    return null; // another system's coding: for the rest of the chain to answer
  }
}
