package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.holdspace.testkit.Theories.qt;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * Vendor identity and transaction output: the vendor's identifier systems, a tenant namespace in
 * the resource ids, references to the vendor's Patient and Practitioner; every transaction entry a
 * conditional update keyed on the vendor's identifier, which survives a re-export after a change.
 */
class FhirTransactionTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator NARRATOR = Narrator.of(Locale.ENGLISH);
  private static final FhirValidation VALIDATOR = new FhirValidation();

  private static FhirIdentity.Builder vendor() {
    return FhirIdentity.builder().sessionSystem("https://ehr.example/ids/visit")
        .eventSystem("https://ehr.example/ids/entry").goalSystem("https://ehr.example/ids/goal")
        .clientSystem("https://ehr.example/ids/mrn").clinicianSystem("http://hl7.org/fhir/sid/us-npi")
        .derivedSystem("https://ehr.example/ids/derived");
  }

  private static HoldspaceFhir fhir(FhirIdentity identity) {
    return HoldspaceFhir.builder().addEvent(new TestCodecs.HydrationBreakCodec())
        .addSession(new TestCodecs.ClinicSessionCodec()).identity(identity).build();
  }

  private static final HoldspaceFhir CLINIC_A = fhir(vendor().tenant("clinic-a")
      .patientReference(id -> Optional.of("Patient?identifier=https://ehr.example/ids/mrn|"
          + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)))
      .practitionerReference(id -> Optional.of("Practitioner/npi-" + id.length())).build());
  private static final HoldspaceFhir CLINIC_B = fhir(vendor().tenant("clinic-b").build());

  private static Bundle transaction(HoldspaceFhir fhir, Session s) {
    Assessment a = EVALUATOR.evaluate(s);
    return fhir.export(s).with(a).with(NARRATOR.parentSummary(s, a)).with(NARRATOR.sessionNote(s, a)).toTransaction();
  }

  private static List<Identifier> identifiers(Resource r) {
    List<Identifier> out = new ArrayList<>();
    for (Base b : r.getNamedProperty("identifier").getValues()) {
      out.add((Identifier) b);
    }
    return out;
  }

  /** The conditional key of each entry, decoded: type, system and value (search escapes undone). */
  private static List<String> keys(Bundle tx) {
    List<String> keys = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : tx.getEntry()) {
      String url = e.getRequest().getUrl();
      String type = url.substring(0, url.indexOf('?'));
      String token = url.substring(url.indexOf("?identifier=") + "?identifier=".length());
      int bar = token.indexOf('|'); // an escaped bar is percent-encoded, so the first one splits
      String system = unescape(URLDecoder.decode(token.substring(0, bar), StandardCharsets.UTF_8));
      String value = unescape(URLDecoder.decode(token.substring(bar + 1), StandardCharsets.UTF_8));
      keys.add(type + " " + system + " " + value);
    }
    return keys;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  @Test
  void everyEntryIsAConditionalUpdateOnTheVendorsIdentifier() {
    Set<String> systems = Set.of("https://ehr.example/ids/visit", "https://ehr.example/ids/entry",
        "https://ehr.example/ids/goal", "https://ehr.example/ids/derived");
    qt(100).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20)).checkAssert(s -> {
      if (!Displays.codes(s).stream().allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()))) {
        return; // a code FHIR cannot hold is refused; FhirBundleValidationTest covers it
      }
      Bundle tx = transaction(CLINIC_A, s);
      assertThat(tx.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
      List<String> keys = keys(tx);
      assertThat(new HashSet<>(keys)).as("one key per resource").hasSameSizeAs(keys);
      for (int i = 0; i < tx.getEntry().size(); i++) {
        Bundle.BundleEntryComponent e = tx.getEntry().get(i);
        assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
        assertThat(e.getRequest().getUrl()).startsWith(e.getResource().fhirType() + "?identifier=").doesNotContain(" ");
        String[] key = keys.get(i).split(" ", 3);
        assertThat(systems).contains(key[1]);
        assertThat(identifiers(e.getResource())).anyMatch(id -> id.getSystem().equals(key[1])
            && id.getValue().equals(key[2]));
      }
      assertThat(CLINIC_A.toSession(tx)).isEqualTo(s);
    });
  }

  @Test
  void twoTenantsSameSessionIdsNeverShareAResourceId() {
    Session s = PublicScenario.HARD_DAY.session();
    Set<String> a = new HashSet<>();
    transaction(CLINIC_A, s).getEntry().forEach(e -> a.add(e.getFullUrl()));
    Set<String> b = new HashSet<>();
    transaction(CLINIC_B, s).getEntry().forEach(e -> b.add(e.getFullUrl()));
    assertThat(a).hasSameSizeAs(b).doesNotContainAnyElementsOf(b);
    List<String> again = new ArrayList<>();
    transaction(CLINIC_A, s).getEntry().forEach(e -> again.add(e.getFullUrl()));
    assertThat(again).containsExactlyInAnyOrderElementsOf(a);
    // without a tenant, the resource ids are those of earlier versions (derived from the session alone)
    Bundle plain = HoldspaceFhir.standard().toBundle(s);
    assertThat(plain.getEntryFirstRep().getFullUrl()).isEqualTo("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        (s.id() + "\u0000encounter\u0000").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aReExportAfterAChangeKeepsEveryConditionalKey() {
    Session before = PublicScenario.HARD_DAY.session();
    List<SessionEvent> events = new ArrayList<>(before.events());
    RegulationObservation first = (RegulationObservation) events.get(0);
    events.set(0, RegulationObservation.builder().from(first).band(ArousalBand.CRISIS).build());
    events.add(RegulationObservation.builder().id("a99").at(before.planned().start().plusSeconds(3540))
        .band(ArousalBand.REGULATED).build());
    Session after = before.withEvents(events);
    List<String> keysBefore = keys(transaction(CLINIC_A, before));
    List<String> keysAfter = keys(transaction(CLINIC_A, after));
    assertThat(keysAfter).containsAll(keysBefore).hasSize(keysBefore.size() + 1);
    Map<String, String> urlBefore = new HashMap<>();
    transaction(CLINIC_A, before).getEntry().forEach(e -> urlBefore.put(e.getRequest().getUrl(), e.getFullUrl()));
    transaction(CLINIC_A, after).getEntry().forEach(e -> {
      if (urlBefore.containsKey(e.getRequest().getUrl())) {
        assertThat(e.getFullUrl()).isEqualTo(urlBefore.get(e.getRequest().getUrl()));
      }
    });
  }

  @Test
  void theVendorsReferencesStandBesideTheIdentifiers() {
    Bundle tx = transaction(CLINIC_A, PublicScenario.HARD_DAY.session());
    Encounter encounter = (Encounter) tx.getEntryFirstRep().getResource();
    assertThat(encounter.getSubject().getReference()).isEqualTo("Patient?identifier=https://ehr.example/ids/mrn|c-ada");
    assertThat(encounter.getSubject().getIdentifier().getSystem()).isEqualTo("https://ehr.example/ids/mrn");
    assertThat(encounter.getParticipantFirstRep().getIndividual().getReference()).isEqualTo("Practitioner/npi-6");
    assertThat(tx.getEntry()).filteredOn(e -> e.getResource() instanceof Observation)
        .allSatisfy(e -> assertThat(((Observation) e.getResource()).getSubject().getReference())
            .startsWith("Patient?identifier="));
    // a conditional reference is valid only in a transaction
    assertThatThrownBy(() -> CLINIC_A.toBundle(PublicScenario.HARD_DAY.session()))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE);
          assertThat(e.getMessage()).contains("toTransaction()").doesNotContain("c-ada");
        });
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    HoldspaceFhir counting = fhir(vendor().patientReference(id -> {
      asked.incrementAndGet();
      return Optional.of("Patient/p-1");
    }).build());
    Bundle counted = counting.toBundle(PublicScenario.HARD_DAY.session());
    assertThat(asked.get()).as("the Patient reference is asked once per Bundle").isEqualTo(1);
    assertThat(counted.getEntry()).filteredOn(e -> e.getResource() instanceof Observation)
        .allSatisfy(e -> assertThat(((Observation) e.getResource()).getSubject().getReference()).isEqualTo("Patient/p-1"));
    HoldspaceFhir bad = fhir(vendor().patientReference(id -> Optional.of("Person/" + id)).build());
    Throwable thrown = catchThrowable(() -> bad.toBundle(PublicScenario.HARD_DAY.session()));
    assertThat(thrown).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE);
      assertThat(e.getMessage()).doesNotContain("c-ada");
    });
  }

  @Test
  void idsWithSearchCharactersAreEscapedAndEncoded() {
    Session s = PublicScenario.HARD_DAY.session();
    Session odd = Session.builder().from(s).id("s|1,2$3\\4 ünï").build();
    Bundle tx = transaction(CLINIC_B, odd);
    String url = tx.getEntryFirstRep().getRequest().getUrl();
    assertThat(url).isEqualTo("Encounter?identifier=https%3A%2F%2Fehr.example%2Fids%2Fvisit|s%5C%7C1%5C%2C2%5C%243%5C%5C4"
        + "%20%C3%BCn%C3%AF");
    assertThat(keys(tx).get(0)).isEqualTo("Encounter https://ehr.example/ids/visit s|1,2$3\\4 ünï");
  }

  @Test
  void aBundleIsReadWithTheSystemsItWasWrittenWith() {
    Bundle tx = transaction(CLINIC_B, PublicScenario.HARD_DAY.session());
    assertThatThrownBy(() -> TestCodecs.fhir().toSession(tx)).isInstanceOfSatisfying(HoldspaceFhirException.class,
        e -> assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.MISSING_ELEMENT));
    assertThatThrownBy(() -> FhirIdentity.builder().eventSystem("not a uri")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FhirIdentity.builder().tenant("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FhirIdentity.builder().tenant("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FhirIdentity.builder().tenant("secret-clinic").build().toString()).doesNotContain("secret-clinic");
  }

  @Test
  void transactionBundlesOfEveryScenarioValidateWithNoError() {
    for (PublicScenario p : PublicScenario.values()) {
      Bundle tx = transaction(CLINIC_B, p.session());
      assertThat(FhirValidation.errors(VALIDATOR.messages(tx))).as(p.toString()).isEmpty();
    }
  }
}
