package org.holdspace.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;

/**
 * An incident record: an Observation whose value is the harm sign it documents, with the
 * antecedent, the injury, the physical intervention, each person told (the role as the value, the
 * time in a {@code told-at} extension on the component) and the clinician's account as components.
 */
final class IncidentRecordMapping extends ObservationMapping<IncidentRecord> {
  IncidentRecordMapping() {
    super(IncidentRecord.class, "incident-record");
  }

  @Override
  void fill(IncidentRecord e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.harmSign()));
    e.antecedent().ifPresent(a -> component(o, "antecedent", Writing.concept(a)));
    component(o, "injury", Writing.concept(e.injury()));
    component(o, "physical-intervention", Writing.concept(e.physicalIntervention()));
    for (Notification n : e.told()) {
      component(o, "told", Writing.concept(n.role()));
      o.getComponent().get(o.getComponent().size() - 1).addExtension(Writing.extension(Urls.TOLD_AT,
          Writing.dateTime(n.at())));
    }
    e.account().ifPresent(a -> component(o, "incident-account", FhirText.of(a)));
  }

  @Override
  IncidentRecord read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    IncidentRecord.Builder b = IncidentRecord.builder().id(h.id()).at(h.at()).until(h.until())
        .harmSign(Reading.code(conceptValue(o, at), at + ".value"));
    boolean[] once = new boolean[4];
    for (int i = 0; i < o.getComponent().size(); i++) {
      String where = componentAt(at, i) + ".value";
      switch (part(o, i, at)) {
        case "antecedent":
          single(once, 0, at, i);
          b.antecedent(Reading.code(componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "injury":
          single(once, 1, at, i);
          b.injury(Reading.constant(Injury.class, componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "physical-intervention":
          single(once, 2, at, i);
          b.physicalIntervention(Reading.code(componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "told":
          b.addTold(Notification.of(Reading.code(componentValue(o, i, CodeableConcept.class, at), where),
              toldAt(o.getComponent().get(i).getExtensionsByUrl(Urls.TOLD_AT), componentAt(at, i))));
          break;
        case "incident-account":
          single(once, 3, at, i);
          b.account(Reading.text(componentValue(o, i, StringType.class, at), where));
          break;
        default:
          throw Reading.invalid(componentAt(at, i) + ".code");
      }
    }
    if (!once[1]) {
      throw Reading.missing(at + ".component('injury')");
    }
    if (!once[2]) {
      throw Reading.missing(at + ".component('physical-intervention')");
    }
    return b.build();
  }

  /** DUPLICATE_ELEMENT at component {@code i} if a part that comes once came before. */
  private static void single(boolean[] once, int part, String at, int i) {
    if (once[part]) {
      throw Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, componentAt(at, i));
    }
    once[part] = true;
  }

  private static java.time.Instant toldAt(List<Extension> found, String at) {
    String where = Reading.extensionLocation(at, Urls.TOLD_AT);
    if (found.size() > 1) {
      throw Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, where);
    }
    if (found.isEmpty()) {
      throw Reading.missing(where);
    }
    Extension x = found.get(0);
    if (!(x.getValue() instanceof DateTimeType)) {
      throw x.hasValue() ? Reading.invalid(where + ".value") : Reading.missing(where + ".value");
    }
    return Reading.instant((DateTimeType) x.getValue(), where + ".value");
  }
}
