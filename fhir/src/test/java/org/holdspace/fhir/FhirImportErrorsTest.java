package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.holdspace.validation.CoreViolation;
import org.junit.jupiter.api.Test;

/**
 * Hand-made FHIR with missing and wrong elements gets the library's exception: the problem, the
 * FHIRPath-like location, never the input's text and never HAPI's own exception. Each case starts
 * from the hard day's Bundle (19 entries: 0 the Encounter, 1 to 3 Goals, 4 a regulation Observation
 * with two components, 5 a readiness Observation, 6 an activity Procedure, 8 a sensory support
 * Procedure) and breaks one thing.
 */
class FhirImportErrorsTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  /** Health data a careless message could quote. */
  private static final String SECRET = "Ada-is-frightened-of-dogs";

  private static Bundle hardDay() {
    return FHIR.toBundle(PublicScenario.HARD_DAY.session());
  }

  private static Resource entry(Bundle b, int i) {
    return b.getEntry().get(i).getResource();
  }

  private static HoldspaceFhirException refused(Consumer<Bundle> change) {
    Bundle b = hardDay();
    change.accept(b);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> FHIR.toSession(b));
    assertThat(thrown).isInstanceOf(HoldspaceFhirException.class);
    assertThat(thrown.getMessage()).doesNotContain(SECRET).doesNotContain("c-ada").doesNotContain("HAPI");
    assertThat(thrown.getCause()).isNull();
    return (HoldspaceFhirException) thrown;
  }

  private static void assertRefused(Consumer<Bundle> change, Problem problem, String location) {
    HoldspaceFhirException e = refused(change);
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.location()).isEqualTo(location);
    assertThat(e.getMessage()).contains(location);
  }

  @Test
  void theUnchangedBundleReads() {
    Bundle b = hardDay();
    assertThat(b.getEntry()).hasSize(19);
    assertThat(((Observation) entry(b, 4)).getComponent()).hasSize(2);
    assertThat(FHIR.toSession(b)).isEqualTo(PublicScenario.HARD_DAY.session());
  }

  @Test
  void aBundleWithoutAnEncounter() {
    assertRefused(b -> b.getEntry().remove(0), Problem.MISSING_ELEMENT, "Bundle.entry.resource.ofType(Encounter)");
  }

  @Test
  void twoEncounters() {
    assertRefused(b -> b.addEntry().setResource(new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)),
        Problem.DUPLICATE_ELEMENT, "Bundle.entry[19].resource");
  }

  @Test
  void anEntryWithoutAResource() {
    assertRefused(b -> b.addEntry(), Problem.MISSING_ELEMENT, "Bundle.entry[19].resource");
  }

  @Test
  void anEncounterWithoutTheSessionIdentifier() {
    assertRefused(b -> ((Encounter) entry(b, 0)).getIdentifier().clear(), Problem.MISSING_ELEMENT,
        "Bundle.entry[0].resource.identifier");
  }

  @Test
  void anEncounterWithoutAPlannedPeriod() {
    assertRefused(b -> ((Encounter) entry(b, 0)).getExtension().removeIf(x -> x.getUrl().equals(Urls.PLANNED_PERIOD)), Problem.MISSING_ELEMENT,
        "Bundle.entry[0].resource.extension('" + Urls.PLANNED_PERIOD + "')");
  }

  @Test
  void anEncounterWhoseStatusContradictsTheSessionStatus() {
    assertRefused(b -> ((Encounter) entry(b, 0)).setStatus(Encounter.EncounterStatus.CANCELLED),
        Problem.INVALID_VALUE, "Bundle.entry[0].resource.status");
  }

  @Test
  void aClientReferenceByUrlInsteadOfIdentifier() {
    // the Encounter's literal Patient reference names the client (by default, the reference itself);
    // the other resources still name the library's client, so the first of them disagrees
    assertRefused(b -> ((Encounter) entry(b, 0)).setSubject(new Reference("Patient/" + SECRET)),
        Problem.INVALID_VALUE, "Bundle.entry[1].resource.subject.identifier.value");
    // a reference to anything but a Patient, without an identifier, is still refused where it is
    assertRefused(b -> ((Encounter) entry(b, 0)).setSubject(new Reference("Group/" + SECRET)),
        Problem.MISSING_ELEMENT, "Bundle.entry[0].resource.subject.identifier");
  }

  @Test
  void aGoalWithAnUnknownAchievementStatus() {
    assertRefused(b -> ((Goal) entry(b, 1)).setAchievementStatus(new CodeableConcept(
        new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", SECRET, null))),
        Problem.INVALID_VALUE, "Bundle.entry[1].resource.achievementStatus.coding[0].code");
  }

  @Test
  void anObservationForAnotherChild() {
    assertRefused(b -> ((Observation) entry(b, 4)).getSubject().getIdentifier().setValue(SECRET),
        Problem.INVALID_VALUE, "Bundle.entry[4].resource.subject.identifier.value");
  }

  @Test
  void anObservationOfAnotherEncounter() {
    assertRefused(b -> ((Observation) entry(b, 4)).setEncounter(new Reference(b.getEntry().get(1).getFullUrl())),
        Problem.BROKEN_REFERENCE, "Bundle.entry[4].resource.encounter");
  }

  @Test
  void anObservationPointingNowhere() {
    assertRefused(b -> ((Observation) entry(b, 4)).setEncounter(new Reference("urn:uuid:" + SECRET)),
        Problem.BROKEN_REFERENCE, "Bundle.entry[4].resource.encounter");
  }

  @Test
  void anUnknownArousalBand() {
    assertRefused(b -> ((CodeableConcept) ((Observation) entry(b, 4)).getValue()).getCodingFirstRep().setCode(SECRET),
        Problem.INVALID_VALUE, "Bundle.entry[4].resource.value.coding[0].code");
  }

  @Test
  void aBandAsTextInsteadOfACode() {
    assertRefused(b -> ((Observation) entry(b, 4)).setValue(new org.hl7.fhir.r4.model.StringType(SECRET)),
        Problem.INVALID_VALUE, "Bundle.entry[4].resource.value");
  }

  @Test
  void aDateWithoutATime() {
    assertRefused(b -> ((Observation) entry(b, 4)).setEffective(new DateTimeType("2026-03-02")),
        Problem.INVALID_VALUE, "Bundle.entry[4].resource.effective");
  }

  @Test
  void anObservationWithoutItsTime() {
    assertRefused(b -> ((Observation) entry(b, 4)).setEffective(null), Problem.MISSING_ELEMENT,
        "Bundle.entry[4].resource.effective");
  }

  @Test
  void anUnknownComponent() {
    assertRefused(b -> ((Observation) entry(b, 4)).addComponent()
        .setCode(new CodeableConcept(new Coding("https://ehr.example/parts", SECRET, null))),
        Problem.INVALID_VALUE, "Bundle.entry[4].resource.component[2].code");
  }

  @Test
  void aReadinessAssessmentWithoutItsAssessor() {
    assertRefused(b -> ((Observation) entry(b, 5)).getPerformer().clear(), Problem.MISSING_ELEMENT,
        "Bundle.entry[5].resource.performer");
  }

  @Test
  void anActivityWithoutItsDemand() {
    assertRefused(b -> ((Procedure) entry(b, 6)).getExtension().removeIf(x -> x.getUrl().equals(Urls.DEMAND_LEVEL)), Problem.MISSING_ELEMENT,
        "Bundle.entry[6].resource.extension('" + Urls.DEMAND_LEVEL + "')");
  }

  @Test
  void aSupportInProgress() {
    assertRefused(b -> ((Procedure) entry(b, 8)).setStatus(Procedure.ProcedureStatus.INPROGRESS),
        Problem.INVALID_VALUE, "Bundle.entry[8].resource.status");
  }

  @Test
  void aResourceNoMappingReads() {
    HoldspaceFhirException e = refused(b -> b.addEntry().setResource(new Condition().setCode(new CodeableConcept().setText("x"))));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_RESOURCE);
    assertThat(e.location()).isEqualTo("Bundle.entry[19].resource");
    assertThat(e.getMessage()).contains("Condition");
  }

  @Test
  void anEventOutsideTheSessionBreaksTheDomainRules() {
    HoldspaceFhirException e = refused(b ->
        ((Observation) entry(b, 4)).setEffective(new DateTimeType("2031-01-01T00:00:00Z")));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.location()).isEqualTo("Bundle");
    assertThat(e.violations()).anyMatch(v -> v.code() == CoreViolation.OUTSIDE_SESSION);
  }

  @Test
  void aGasRatingForAnotherChild() {
    Bundle b = FHIR.toBundle(PublicScenario.STEADY_SESSION.session());
    int gas = gasRatingIndex(b);
    ((Observation) entry(b, gas)).getSubject().getIdentifier().setValue(SECRET);
    assertThatThrownBy(() -> FHIR.toSession(b)).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.location()).isEqualTo("Bundle.entry[" + gas + "].resource.subject.identifier.value");
      assertThat(e.getMessage()).doesNotContain(SECRET);
    });
  }

  private static int gasRatingIndex(Bundle b) {
    for (int i = 0; i < b.getEntry().size(); i++) {
      if (GoalAttemptMapping.isGasRating(entry(b, i))) {
        return i;
      }
    }
    throw new AssertionError("the steady session has a GAS rating");
  }

  @Test
  void aGasRatingOfNoAttempt() {
    Bundle b = FHIR.toBundle(PublicScenario.STEADY_SESSION.session());
    int gas = -1;
    for (int i = 0; i < b.getEntry().size(); i++) {
      if (GoalAttemptMapping.isGasRating(entry(b, i))) {
        gas = i;
        break;
      }
    }
    assertThat(gas).as("the steady session has a GAS rating").isPositive();
    ((Observation) entry(b, gas)).getDerivedFromFirstRep().setReference(b.getEntry().get(0).getFullUrl());
    assertThatThrownBy(() -> FHIR.toSession(b)).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(Problem.BROKEN_REFERENCE);
    });
  }

  @Test
  void aVendorCodecThatFailsIsReportedWithoutItsMessage() {
    HoldspaceFhir careless = HoldspaceFhir.builder().addEvent(new TestCodecs.HydrationBreakCodec() {
      @Override
      public HydrationBreak read(FhirEventHeader h, Observation o) {
        throw new IllegalStateException("could not read " + SECRET);
      }
    }).build();
    Session withBreak = PublicScenario.HARD_DAY.session().withEvents(java.util.stream.Stream.concat(
        PublicScenario.HARD_DAY.session().events().stream(),
        java.util.stream.Stream.of(HydrationBreak.builder().id("h1").at(PublicScenario.HARD_DAY.session().planned().start())
            .millilitres(100).build())).collect(java.util.stream.Collectors.toList()));
    Bundle b = careless.toBundle(withBreak);
    assertThatThrownBy(() -> careless.toSession(b)).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.getMessage()).doesNotContain(SECRET).contains("IllegalStateException");
    });
  }

  // ---- JSON text ----

  @Test
  void notJsonIsMalformedAndNotQuoted() {
    assertThatThrownBy(() -> FHIR.readSession("{\"resourceType\": \"Bundle\", " + SECRET))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
          assertThat(e.getMessage()).doesNotContain(SECRET);
          assertThat(e.getCause()).isNull();
        });
  }

  @Test
  void anElementFhirDoesNotDefineIsMalformed() {
    String json = FHIR.toJson(hardDay()).replaceFirst("\"status\":", "\"mood\":\"" + SECRET + "\",\"status\":");
    assertThatThrownBy(() -> FHIR.readSession(json)).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
      assertThat(e.getMessage()).doesNotContain(SECRET);
    });
  }

  @Test
  void aDocumentOverTheLimitIsRefusedBeforeParsing() {
    String json = FHIR.toJson(hardDay());
    HoldspaceFhir small = HoldspaceFhir.builder().maxDocumentChars(json.length() - 1).build();
    assertThatThrownBy(() -> small.readSession(json)).isInstanceOfSatisfying(HoldspaceFhirException.class,
        e -> assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
    assertThat(HoldspaceFhir.builder().maxDocumentChars(json.length()).build().readSession(json))
        .isEqualTo(PublicScenario.HARD_DAY.session());
    assertThatThrownBy(() -> HoldspaceFhir.builder().maxDocumentChars(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherResourceIsTheWrongResource() {
    assertThatThrownBy(() -> FHIR.readSession("{\"resourceType\":\"Patient\",\"id\":\"p1\"}"))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.WRONG_RESOURCE);
          assertThat(e.getMessage()).contains("Patient");
        });
  }

  // ---- writing ----

  @Test
  void anEventTypeWithNoCodecIsNotWritable() {
    Session withBreak = PublicScenario.HARD_DAY.session().withEvents(java.util.List.of(
        HydrationBreak.builder().id("h1").at(PublicScenario.HARD_DAY.session().planned().start()).millilitres(100).build()));
    assertThatThrownBy(() -> HoldspaceFhir.standard().toBundle(withBreak))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE);
          assertThat(e.location()).isEqualTo("Session.events[0]");
        });
  }

  @Test
  void aSessionTypeWithNoCodecIsNotWritable() {
    Session vendor = org.holdspace.testkit.VendorFixtures.ClinicSession.builder()
        .from(PublicScenario.HARD_DAY.session()).payerId("p").build();
    assertThatThrownBy(() -> HoldspaceFhir.standard().toBundle(vendor))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE);
          assertThat(e.location()).isEqualTo("Session");
        });
  }

  @Test
  void aVendorCodeInAHoldspaceSystemIsRefusedAtRegistration() {
    assertThatThrownBy(() -> HoldspaceFhir.builder().addEvent(new TestCodecs.HydrationBreakCodec() {
      @Override
      public org.holdspace.code.Code code() {
        return org.holdspace.code.Code.of("https://holdspace.org/codes/observation-kind", "regulation");
      }
    })).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRefusalNamesWhatWasExpectedNeverTheInput() {
    HoldspaceFhirException noId = refused(b -> ((Observation) entry(b, 4)).getIdentifier().clear());
    assertThat(noId.getMessage()).contains("expected an identifier in system " + Urls.EVENT_ID);
    HoldspaceFhirException band = refused(b -> ((Observation) entry(b, 4)).getValueCodeableConcept()
        .getCodingFirstRep().setCode(SECRET));
    assertThat(band.getMessage()).contains("expected one of shut-down, regulated, escalated, crisis");
    HoldspaceFhirException planned = refused(b -> ((Encounter) entry(b, 0)).getExtension()
        .removeIf(x -> x.getUrl().equals(Urls.PLANNED_PERIOD)));
    assertThat(planned.getMessage()).contains("expected the extension " + Urls.PLANNED_PERIOD);
  }
}
