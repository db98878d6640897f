package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.goal.Goal;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.SessionNote;
import org.holdspace.narrative.Statement;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * Readable output and Provenance: the ClinicalImpression says its headline and each finding's
 * sentence with the evidence referenced, resources carry generated narratives from the narrator's
 * and the note's sentences (escaped), and Provenance tells the clinician's records from what the
 * rule set derived; none of it changes what reads back, and the Bundles validate (base R4).
 */
class ReadableOutputTest {
  private static final HoldspaceFhir FHIR = HoldspaceFhir.standard();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final FhirValidation VALIDATOR = new FhirValidation();

  private static Bundle readable(Session s, Narrator n) {
    Assessment a = EVALUATOR.evaluate(s);
    return FHIR.export(s).with(a).with(n.parentSummary(s, a)).with(n.sessionNote(s, a)).narratedBy(n).withProvenance()
        .toBundle();
  }

  private static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast)
        .collect(Collectors.toList());
  }

  private static String div(DomainResource r) {
    return r.getText().getDivAsString();
  }

  @Test
  void theAssessmentSaysItsHeadlineAndFindingsWithTheirEvidence() {
    Session s = PublicScenario.HARD_DAY.session();
    Assessment a = EVALUATOR.evaluate(s);
    Bundle b = readable(s, ENGLISH);
    ClinicalImpression ci = all(b, ClinicalImpression.class).get(0);
    assertThat(ci.getSummary()).isEqualTo(ENGLISH.headline(a));
    List<Finding> findings = a.findings();
    assertThat(ci.getFinding()).hasSameSizeAs(findings);
    Writing urls = new Writing(s, FhirIdentity.defaults(), FhirConformance.BASE_R4);
    for (int i = 0; i < findings.size(); i++) {
      ClinicalImpression.ClinicalImpressionFindingComponent c = ci.getFinding().get(i);
      assertThat(c.getItemCodeableConcept().getText()).isEqualTo(ENGLISH.text(findings.get(i)));
      assertThat(((StringType) c.getExtensionByUrl(Urls.FINDING_KEY).getValue()).getValue())
          .isEqualTo(findings.get(i).key());
      for (String id : findings.get(i).evidence()) {
        assertThat(ci.getSupportingInfo()).extracting(Reference::getReference).contains(urls.eventUrl(id));
      }
      if (c.hasItemReference()) {
        assertThat(b.getEntry()).filteredOn(e -> e.getFullUrl().equals(c.getItemReference().getReference()))
            .singleElement().satisfies(e -> assertThat(e.getResource()).isInstanceOf(Observation.class));
      }
    }
    assertThat(div(ci)).contains(ENGLISH.headline(a));
  }

  @Test
  void resourcesCarryTheNarratorsAndTheNotesSentences() {
    Session s = PublicScenario.HARD_DAY.session();
    Assessment a = EVALUATOR.evaluate(s);
    SessionNote note = ENGLISH.sessionNote(s, a);
    Bundle b = readable(s, ENGLISH);
    Encounter encounter = all(b, Encounter.class).get(0);
    assertThat(div(encounter)).contains(note.header().get(0).text());
    Writing urls = new Writing(s, FhirIdentity.defaults(), FhirConformance.BASE_R4);
    for (Statement st : note.objective()) {
      if (st.evidence().size() == 1) {
        Resource r = b.getEntry().stream().filter(e -> e.getFullUrl().equals(urls.eventUrl(st.evidence().get(0))))
            .findFirst().orElseThrow().getResource();
        assertThat(div((DomainResource) r)).contains(st.text().replace("&", "&amp;"));
      }
    }
    for (Goal g : s.goals()) {
      assertThat(b.getEntry()).filteredOn(e -> e.getFullUrl().equals(urls.goalUrl(g.id()))).singleElement()
          .satisfies(e -> assertThat(div((DomainResource) e.getResource())).contains(g.description()));
    }
    assertThat(FHIR.toSession(b)).isEqualTo(s);
  }

  @Test
  void narrativesAreEscaped() {
    Session s = PublicScenario.STEADY_SESSION.session();
    List<Goal> goals = new ArrayList<>();
    for (Goal g : s.goals()) {
      goals.add(Goal.builder().from(g).description("<b>Zed</b> & \"co\"").build());
    }
    Session odd = Session.builder().from(s).goals(goals).build();
    Bundle b = readable(odd, ENGLISH);
    String div = div((DomainResource) b.getEntry().get(1).getResource());
    assertThat(div).contains("&lt;b&gt;Zed&lt;/b&gt; &amp; &quot;co&quot;").doesNotContain("<b>");
    assertThat(FhirValidation.errors(VALIDATOR.messages(b))).isEmpty();
  }

  @Test
  void provenanceTellsTheClinicianFromTheRuleSet() {
    Session s = PublicScenario.HARD_DAY.session();
    Bundle b = readable(s, ENGLISH);
    List<Provenance> provenances = all(b, Provenance.class);
    assertThat(provenances).hasSize(2);
    Provenance clinician = provenances.get(0);
    Provenance rules = provenances.get(1);
    assertThat(clinician.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(s.clinicianId());
    Device device = all(b, Device.class).get(0);
    String deviceUrl = b.getEntry().stream().filter(e -> e.getResource() == device).findFirst().orElseThrow().getFullUrl();
    assertThat(rules.getAgentFirstRep().getWho().getReference()).isEqualTo(deviceUrl);
    assertThat(device.getIdentifierFirstRep().getValue()).isEqualTo("rules/holdspace.standard/3");
    List<String> derived = rules.getTarget().stream().map(Reference::getReference).collect(Collectors.toList());
    List<String> recorded = clinician.getTarget().stream().map(Reference::getReference).collect(Collectors.toList());
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      Resource r = e.getResource();
      if (r instanceof Provenance || r instanceof Device) {
        continue;
      }
      assertThat(AssessmentMapping.isDerived(r) ? derived : recorded).as(r.fhirType()).contains(e.getFullUrl());
    }
    assertThat(derived).hasSize(3); // the assessment, the parent summary and the session note
    // the rule set's Device is the same resource in every session's Bundle
    Bundle other = readable(PublicScenario.STEADY_SESSION.session(), ENGLISH);
    assertThat(other.getEntry()).anyMatch(e -> e.getFullUrl().equals(deviceUrl));
    assertThat(FHIR.toSession(b)).isEqualTo(s);
    Bundle tx = FHIR.export(s).with(EVALUATOR.evaluate(s)).withProvenance().toTransaction();
    assertThat(tx.getEntry()).filteredOn(e -> e.getResource() instanceof Provenance)
        .allSatisfy(e -> assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST));
    assertThat(tx.getEntry()).filteredOn(e -> e.getResource() instanceof Device).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getUrl()).startsWith("Device?identifier="));
    assertThat(FHIR.toSession(tx)).isEqualTo(s);
    // US Core's Provenance wants the organization the agents act for: its profile is claimed only with one
    HoldspaceFhir usCore = HoldspaceFhir.builder().conformance(FhirConformance.US_CORE_6_1_0).build();
    assertThat(all(usCore.export(s).withProvenance().toBundle(), Provenance.class))
        .allSatisfy(p -> assertThat(p.getMeta().getProfile()).isEmpty());
    HoldspaceFhir withOrg = HoldspaceFhir.builder().conformance(FhirConformance.US_CORE_6_1_0)
        .identity(FhirIdentity.builder().organizationReference("Organization/clinic-1").build()).build();
    assertThat(all(withOrg.export(s).withProvenance().toBundle(), Provenance.class)).allSatisfy(p -> {
      assertThat(p.getAgentFirstRep().getOnBehalfOf().getReference()).isEqualTo("Organization/clinic-1");
      assertThat(p.getMeta().getProfile()).singleElement()
          .satisfies(u -> assertThat(u.getValue()).endsWith("us-core-provenance"));
    });
  }

  @Test
  void readableBundlesOfEveryScenarioValidateInEitherLanguage() {
    for (PublicScenario p : PublicScenario.values()) {
      for (Narrator n : List.of(ENGLISH, Narrator.of(Locale.forLanguageTag("es")))) {
        Bundle b = readable(p.session(), n);
        assertThat(FhirValidation.errors(VALIDATOR.messages(b))).as(p + " " + n.locale()).isEmpty();
      }
    }
  }
}
