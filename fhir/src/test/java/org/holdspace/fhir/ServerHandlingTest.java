package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * The module's own Bundle after a FHIR server's handling reads back equal: as a searchset, the
 * server gives each resource its own id (a number per type) and an absolute fullUrl, and rewrites
 * every reference to the relative {@code Type/id} (or, in a second form, the absolute URL, with a
 * version). References are resolved as FHIR resolves them in a Bundle, not as exact strings.
 */
class ServerHandlingTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final String BASE = "http://server.example/fhir/";

  /** {@code b} as a server's searchset: server ids, absolute fullUrls, references rewritten. */
  static Bundle searchset(Bundle b, boolean absoluteWithVersion) {
    Map<String, String> newRef = new HashMap<>();
    Map<String, Integer> counters = new HashMap<>();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      Resource r = e.getResource();
      int n = counters.merge(r.fhirType(), 1, Integer::sum) + 1000;
      String typeAndId = r.fhirType() + "/" + n;
      newRef.put(e.getFullUrl(), absoluteWithVersion ? BASE + typeAndId + "/_history/3" : typeAndId);
      r.setId(String.valueOf(n));
      e.setFullUrl(BASE + typeAndId);
      e.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
    }
    b.getEntry().forEach(e -> rewrite(e.getResource(), newRef));
    b.setType(Bundle.BundleType.SEARCHSET);
    return b;
  }

  private static void rewrite(Base base, Map<String, String> newRef) {
    if (base instanceof Reference) {
      Reference r = (Reference) base;
      if (r.hasReference() && newRef.containsKey(r.getReference())) {
        r.setReference(newRef.get(r.getReference()));
      }
    }
    for (Property p : base.children()) {
      for (Base child : p.getValues()) {
        rewrite(child, newRef);
      }
    }
    if (base instanceof org.hl7.fhir.r4.model.Element) {
      ((org.hl7.fhir.r4.model.Element) base).getExtension().forEach(x -> rewrite(x, newRef));
    }
    if (base instanceof org.hl7.fhir.r4.model.DomainResource) {
      ((org.hl7.fhir.r4.model.DomainResource) base).getExtension().forEach(x -> rewrite(x, newRef));
    }
  }

  static Bundle full(Session s) {
    Assessment a = EVALUATOR.evaluate(s);
    Narrator n = Narrator.of(Locale.ENGLISH);
    return FHIR.export(s).with(a).with(n.parentSummary(s, a)).with(n.sessionNote(s, a)).withProvenance().toBundle();
  }

  @Test
  void everyScenarioReadsBackFromASearchset() {
    for (PublicScenario p : PublicScenario.values()) {
      Session s = p.session();
      assertThat(FHIR.toSession(searchset(full(s), false))).as(p.toString()).isEqualTo(s);
      assertThat(FHIR.toSession(searchset(full(s), true))).as(p.toString()).isEqualTo(s);
      // and through the JSON a server sends
      assertThat(FHIR.readSession(FHIR.toJson(searchset(full(s), false)))).isEqualTo(s);
    }
  }

  @Test
  void generatedSessionsReadBackFromASearchset() {
    qt(150).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20)).checkAssert(s -> {
      if (Displays.codes(s).stream().allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()))) {
        assertThat(FHIR.toSession(searchset(full(s), s.id().hashCode() % 2 == 0))).isEqualTo(s);
      }
    });
  }

  @Test
  void aReferenceTwoEntriesCouldAnswerIsBroken() {
    Session s = PublicScenario.STEADY_SESSION.session(); // its goal attempts carry GAS ratings
    Bundle b = searchset(full(s), false);
    org.hl7.fhir.r4.model.Observation gas = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(GoalAttemptMapping::isGasRating).map(org.hl7.fhir.r4.model.Observation.class::cast).findFirst()
        .orElseThrow();
    String attempt = gas.getDerivedFromFirstRep().getReference(); // Observation/n
    Resource other = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof org.hl7.fhir.r4.model.Observation && !("Observation/" + r.getIdElement().getIdPart())
            .equals(attempt)).findFirst().orElseThrow();
    other.setId(attempt.substring("Observation/".length())); // now two Observations answer to it
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FHIR.toSession(b)))
        .isInstanceOfSatisfying(HoldspaceFhirException.class,
            e -> assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.BROKEN_REFERENCE));
  }

  /** Every subject as {@code Patient/123} and every clinician as {@code Practitioner/9}, without identifiers. */
  private static Bundle literalPeople(Bundle b) {
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      replacePeople(e.getResource());
    }
    return b;
  }

  private static void replacePeople(Base base) {
    if (base instanceof Reference) {
      Reference r = (Reference) base;
      if (r.hasIdentifier() && Urls.CLIENT_ID.equals(r.getIdentifier().getSystem())) {
        r.setIdentifier(null).setReference("Patient/123");
      } else if (r.hasIdentifier() && Urls.CLINICIAN_ID.equals(r.getIdentifier().getSystem())) {
        r.setIdentifier(null).setReference("http://server.example/fhir/Practitioner/9");
      }
    }
    for (Property p : base.children()) {
      for (Base child : p.getValues()) {
        replacePeople(child);
      }
    }
  }

  @Test
  void literalPatientAndPractitionerReferencesNameThePeople() {
    Session s = PublicScenario.HARD_DAY.session();
    Session read = FHIR.toSession(literalPeople(searchset(full(s), false)));
    assertThat(read.clientId()).isEqualTo("Patient/123"); // by default, the reference itself
    assertThat(read.clinicianId()).isEqualTo("http://server.example/fhir/Practitioner/9");
    HoldspaceFhir vendor = HoldspaceFhir.builder().addEvent(new TestCodecs.HydrationBreakCodec())
        .addSession(new TestCodecs.ClinicSessionCodec()).identity(FhirIdentity.builder()
            .clientIdOfPatient(ref -> ref.equals("Patient/123") ? java.util.Optional.of("c-ada") : java.util.Optional.empty())
            .clinicianIdOfPractitioner(ref -> java.util.Optional.of("t-ravi")).build()).build();
    assertThat(vendor.toSession(literalPeople(searchset(full(s), false)))).isEqualTo(s);
    HoldspaceFhir refusing = HoldspaceFhir.builder().identity(FhirIdentity.builder()
        .clientIdOfPatient(ref -> java.util.Optional.empty()).build()).build();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> refusing.toSession(literalPeople(searchset(HoldspaceFhir.standard().toBundle(s), false)))))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.INVALID_VALUE);
          assertThat(e.location()).endsWith(".subject.reference");
          assertThat(e.getMessage()).doesNotContain("123");
        });
  }
}
