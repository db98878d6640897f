package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.Handover;
import org.holdspace.caregiver.RoleCodes;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.incident.AntecedentCodes;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;
import org.holdspace.incident.PhysicalInterventionCodes;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * Scenario Q with an incident record and a handover: each an Observation (the harm sign, or the
 * role, as the value; the record's parts as components; each person told with a {@code told-at}
 * extension), read back equal; broken ones refused where, never quoting the clinician's account.
 */
class IncidentRecordFhirTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  private static final String ACCOUNT = "Ada-threw-the-block";

  private static Session session() {
    Session q = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    Instant two = q.planned().start().plusSeconds(120);
    List<SessionEvent> events = new ArrayList<>(q.events());
    events.add(IncidentRecord.builder().id("q-ir").at(two).harmSign(RegulationSignCodes.AGGRESSION)
        .antecedent(AntecedentCodes.TRANSITION).injury(Injury.NONE).physicalIntervention(PhysicalInterventionCodes.BLOCKING)
        .addTold(Notification.of(CaregiverCodes.PARENT, two.plusSeconds(3480)))
        .addTold(Notification.of(RoleCodes.SUPERVISOR, two.plusSeconds(86_400))).account(ACCOUNT).build());
    events.add(Handover.builder().id("q-h").at(q.planned().end()).to(CaregiverCodes.PARENT).build());
    return q.withEvents(events);
  }

  private static Observation observation(Bundle b, String kind) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof Observation && ((Observation) r).getCode().getCoding().stream()
            .anyMatch(c -> c.getSystem().equals(Urls.OBSERVATION_KIND) && c.getCode().equals(kind)))
        .map(Observation.class::cast).findFirst().orElseThrow();
  }

  @Test
  void theRecordsTravelAsObservationsAndComeBackEqual() {
    Session s = session();
    Bundle b = FHIR.toBundle(s);
    Observation record = observation(b, "incident-record");
    assertThat(((CodeableConcept) record.getValue()).getCodingFirstRep().getCode()).isEqualTo("aggression");
    assertThat(record.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
        .containsExactly("antecedent", "injury", "physical-intervention", "told", "told", "incident-account");
    assertThat(record.getComponent().get(3).getExtensionByUrl(Urls.TOLD_AT).getValue())
        .isInstanceOf(DateTimeType.class);
    Observation handover = observation(b, "handover");
    assertThat(((CodeableConcept) handover.getValue()).getCodingFirstRep().getCode()).isEqualTo("parent");
    Session back = FHIR.toSession(b);
    assertThat(back).isEqualTo(s);
    assertThat(back.events()).filteredOn(IncidentRecord.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((IncidentRecord) e).account()).contains(ACCOUNT));
  }

  private static HoldspaceFhirException refused(Consumer<Observation> change) {
    Bundle b = FHIR.toBundle(session());
    change.accept(observation(b, "incident-record"));
    Throwable thrown = catchThrowable(() -> FHIR.toSession(b));
    assertThat(thrown).isInstanceOf(HoldspaceFhirException.class);
    assertThat(thrown.getMessage()).doesNotContain(ACCOUNT);
    return (HoldspaceFhirException) thrown;
  }

  @Test
  void brokenRecordsAreRefusedWhereNeverWhat() {
    HoldspaceFhirException noTime = refused(o -> o.getComponent().get(3).getExtension().clear());
    assertThat(noTime.problem()).isEqualTo(Problem.MISSING_ELEMENT);
    assertThat(noTime.location()).endsWith(".component[3].extension('" + Urls.TOLD_AT + "')");
    HoldspaceFhirException twoInjuries = refused(o -> o.addComponent().setCode(new CodeableConcept(
        new Coding(Urls.OBSERVATION_PART, "injury", null))).setValue(new CodeableConcept(new Coding())));
    assertThat(twoInjuries.problem()).isEqualTo(Problem.DUPLICATE_ELEMENT);
    assertThat(twoInjuries.location()).endsWith(".component[6]");
    HoldspaceFhirException noInjury = refused(o -> o.getComponent().remove(1));
    assertThat(noInjury.problem()).isEqualTo(Problem.MISSING_ELEMENT);
    assertThat(noInjury.location()).endsWith(".component('injury')");
    HoldspaceFhirException accountAsATime = refused(o -> o.getComponent().get(5).setValue(new DateTimeType("2026-03-02T10:00:00Z")));
    assertThat(accountAsATime.problem()).isEqualTo(Problem.INVALID_VALUE);
    HoldspaceFhirException toldTooEarly = refused(o -> o.getComponent().get(3).getExtensionByUrl(Urls.TOLD_AT)
        .setValue(new DateTimeType("2026-03-02T08:00:00Z")));
    assertThat(toldTooEarly.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(toldTooEarly.violations()).extracting(v -> v.path() + " " + v.code().code())
        .containsExactly("told[0].at incident.told-before-incident");
  }
}
