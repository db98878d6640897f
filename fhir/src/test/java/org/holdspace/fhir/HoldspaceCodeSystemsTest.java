package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.code.Code;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * The library's code systems validate as FHIR R4 {@code CodeSystem} resources with HAPI's own
 * validator (offline, one instance for the class), and loading them turns a wrong Holdspace code
 * into an error.
 */
class HoldspaceCodeSystemsTest {
  private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static final FhirValidator VALIDATOR = validator();

  private static FhirValidator validator() {
    PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(CONTEXT);
    HoldspaceCodeSystems.all().forEach(own::addCodeSystem);
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
        new CommonCodeSystemsTerminologyService(CONTEXT), new InMemoryTerminologyServerValidationSupport(CONTEXT),
        new SnapshotGeneratingValidationSupport(CONTEXT), own);
    FhirValidator v = CONTEXT.newValidator();
    v.registerValidatorModule(new FhirInstanceValidator(chain));
    return v;
  }

  private static List<SingleValidationMessage> errors(Resource r) {
    return VALIDATOR.validateWithResult(r).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .collect(Collectors.toList());
  }

  @Test
  void everyCodeSystemIsValidFhir() {
    List<CodeSystem> all = HoldspaceCodeSystems.all();
    assertThat(all).hasSize(36);
    assertThat(all).extracting(CodeSystem::getUrl).doesNotHaveDuplicates()
        .allMatch(url -> url.startsWith("https://holdspace.org/codes/"));
    for (CodeSystem cs : all) {
      assertThat(errors(cs)).as(cs.getUrl()).isEmpty();
      assertThat(cs.getConcept()).as(cs.getUrl()).hasSize(cs.getCount()).isNotEmpty();
    }
  }

  @Test
  void everyLibraryCodeInThePublicScenariosIsAConceptOfItsSystem() {
    Set<String> concepts = new HashSet<>();
    for (CodeSystem cs : HoldspaceCodeSystems.all()) {
      cs.getConcept().forEach(c -> concepts.add(cs.getUrl() + "#" + c.getCode()));
    }
    Set<Code> used = new HashSet<>();
    for (PublicScenario p : PublicScenario.values()) {
      Session s = p.session();
      used.add(s.discipline());
      s.setting().ifPresent(used::add);
      s.endReason().ifPresent(used::add);
      for (SessionEvent e : s.events()) {
        if (e instanceof RegulationObservation) {
          used.addAll(((RegulationObservation) e).signs());
        } else if (e instanceof SensorySupport) {
          used.add(((SensorySupport) e).support());
        }
      }
    }
    assertThat(used).isNotEmpty();
    for (Code c : used) {
      if (c.system().startsWith("https://holdspace.org/codes/")) {
        assertThat(concepts).contains(c.system() + "#" + c.code());
      }
    }
  }

  @Test
  void aWrongHoldspaceCodeIsAnErrorAndARightOneIsNot() {
    Observation right = observation(RegulationSignCodes.CRYING.code());
    Observation wrong = observation("weeping-loudly");
    assertThat(errors(right)).isEmpty();
    assertThat(errors(wrong)).extracting(SingleValidationMessage::getLocationString)
        .containsExactly("Observation.code");
  }

  private static Observation observation(String code) {
    Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
    o.getCode().addCoding(new Coding(RegulationSignCodes.SYSTEM, code, null));
    o.setEffective(new DateTimeType("2026-03-02T09:00:00Z"));
    return o;
  }

  @Test
  void lookUpByUrl() {
    assertThat(HoldspaceCodeSystems.of(RegulationSignCodes.SYSTEM)).get().extracting(CodeSystem::getName)
        .isEqualTo("HoldspaceRegulationSign");
    assertThat(HoldspaceCodeSystems.of("https://example.org/codes/other")).isEmpty();
    assertThat(HoldspaceCodeSystems.all().get(0)).isNotSameAs(HoldspaceCodeSystems.all().get(0));
  }
}
