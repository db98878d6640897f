package org.holdspace.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.caregiver.CaregiverReport;

/** A caregiver's report: each concern and the caregiver's words as components; no value. */
final class CaregiverReportMapping extends ObservationMapping<CaregiverReport> {
  CaregiverReportMapping() {
    super(CaregiverReport.class, "caregiver-report");
  }

  @Override
  void fill(CaregiverReport e, Observation o, Writing out) {
    e.concerns().forEach(c -> component(o, "caregiver-concern", Writing.concept(c)));
    e.words().ifPresent(w -> component(o, "caregiver-words", FhirText.of(w)));
  }

  @Override
  CaregiverReport read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    if (o.hasValue()) {
      throw Reading.invalid(at + ".value");
    }
    CaregiverReport.Builder b = CaregiverReport.builder().id(h.id()).at(h.at()).until(h.until());
    boolean words = false;
    for (int i = 0; i < o.getComponent().size(); i++) {
      String where = componentAt(at, i) + ".value";
      switch (part(o, i, at)) {
        case "caregiver-concern":
          b.addConcern(Reading.code(componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "caregiver-words":
          if (words) {
            throw Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, componentAt(at, i));
          }
          words = true;
          b.words(Reading.text(componentValue(o, i, StringType.class, at), where));
          break;
        default:
          throw Reading.invalid(componentAt(at, i) + ".code");
      }
    }
    return b.build();
  }
}
