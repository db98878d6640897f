package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.caregiver.RoleCodes;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.goal.AssistanceCodes;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.incident.AntecedentCodes;
import org.holdspace.incident.Injury;
import org.holdspace.incident.PhysicalInterventionCodes;
import org.holdspace.narrative.NoteStatus;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.SettingCodes;

/**
 * Holdspace's code systems as FHIR R4 {@code CodeSystem} resources, content {@code complete}:
 * one per code-constant class of the core ({@code RegulationSignCodes}, {@code SensorySupportCodes}, ...,
 * with the class's {@code SYSTEM} as its canonical URL and every constant as a concept); one per
 * enum that the FHIR mapping codes ({@code https://holdspace.org/codes/arousal-band}, ..., codes as
 * on the JSON wire: {@code SHUT_DOWN} is {@code shut-down}); and the mapping's own kinds of
 * observation, observation part, procedure, document and assessment. Load them into a validator
 * so that a wrong Holdspace code is an error, not an unknown-system warning:
 *
 * <pre>{@code
 * PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(FhirContext.forR4Cached());
 * HoldspaceCodeSystems.all().forEach(own::addCodeSystem);
 * }</pre>
 *
 * <p>A vendor's own codes belong to the vendor's own systems; these resources describe only the
 * library's.
 */
public final class HoldspaceCodeSystems {
  private HoldspaceCodeSystems() {}

  /** The code systems of the core's code-constant classes. */
  private static final List<CodeTable> CONSTANTS = List.of(
      CodeTable.ofConstants(RegulationSignCodes.class, "HoldspaceRegulationSign", "Holdspace regulation signs",
          "The signs of a child's regulation state that a clinician observes."),
      CodeTable.ofConstants(SensorySupportCodes.class, "HoldspaceSensorySupport", "Holdspace sensory supports",
          "Common sensory supports offered to a child during therapy."),
      CodeTable.ofConstants(ConnectionSignCodes.class, "HoldspaceConnectionSign", "Holdspace connection signs",
          "Signs of trust and connection between the child and the clinician."),
      CodeTable.ofConstants(ActivityCodes.class, "HoldspaceActivity", "Holdspace activities",
          "Kinds of activity in a therapy session."),
      CodeTable.ofConstants(EnvironmentFactorCodes.class, "HoldspaceEnvironmentFactor", "Holdspace environment factors",
          "Factors in the environment that may load a child's nervous system."),
      CodeTable.ofConstants(AssistanceCodes.class, "HoldspaceAssistance", "Holdspace assistance",
          "The prompting or assistance a goal attempt needed, from least to most support."),
      CodeTable.ofConstants(DisciplineCodes.class, "HoldspaceDiscipline", "Holdspace disciplines", "Therapy disciplines."),
      CodeTable.ofConstants(SettingCodes.class, "HoldspaceSetting", "Holdspace settings", "Where a session takes place."),
      CodeTable.ofConstants(EndReasonCodes.class, "HoldspaceEndReason", "Holdspace end reasons",
          "Why a session ended as it did, worded as facts, never as fault."),
      CodeTable.ofConstants(CaregiverReportCodes.class, "HoldspaceCaregiverReport", "Holdspace caregiver reports",
          "What a caregiver reports about the child's day before a session: information, never a judgement."),
      CodeTable.ofConstants(CaregiverCodes.class, "HoldspaceCaregiver", "Holdspace caregivers",
          "Who the caregiver in the session is."),
      CodeTable.ofConstants(RoleCodes.class, "HoldspaceRole", "Holdspace roles",
          "The role of someone other than a caregiver: who a child is handed to, or who is told of an incident."),
      CodeTable.ofConstants(AntecedentCodes.class, "HoldspaceAntecedent", "Holdspace antecedents",
          "What came just before an incident: information, never blame."),
      CodeTable.ofConstants(PhysicalInterventionCodes.class, "HoldspacePhysicalIntervention",
          "Holdspace physical interventions", "The physical intervention used in an incident, from none to a hold."));

  /** The code systems of the core's enums that the FHIR mapping codes. */
  private static final List<CodeTable> ENUMS = List.of(
      CodeTable.ofEnum(ArousalBand.class, "Holdspace arousal bands", "The child's arousal, from shut down to crisis."),
      CodeTable.ofEnum(RegulationMode.class, "Holdspace regulation modes", "How the child was regulating."),
      CodeTable.ofEnum(ReadinessLevel.class, "Holdspace readiness levels", "How ready the child was for demands."),
      CodeTable.ofEnum(ReadinessIndicator.class, "Holdspace readiness indicators", "What readiness is judged by."),
      CodeTable.ofEnum(SensorySystem.class, "Holdspace sensory systems", "The sensory systems a support works through."),
      CodeTable.ofEnum(SupportQuality.class, "Holdspace support qualities", "Whether a support alerts or calms."),
      CodeTable.ofEnum(SupportResponse.class, "Holdspace support responses", "Whether the child accepted an offered support."),
      CodeTable.ofEnum(SupportEffect.class, "Holdspace support effects", "What a support was recorded as doing."),
      CodeTable.ofEnum(DemandLevel.class, "Holdspace demand levels", "How much an activity asked of the child."),
      CodeTable.ofEnum(SessionStatus.class, "Holdspace session statuses", "How a session took place, or did not."),
      CodeTable.ofEnum(AttemptOutcome.class, "Holdspace attempt outcomes", "How a goal attempt went."),
      CodeTable.ofEnum(CoachingStep.class, "Holdspace coaching steps", "Where a caregiver is in learning a strategy."),
      CodeTable.ofEnum(Injury.class, "Holdspace injuries", "Whether anyone was hurt in an incident."),
      CodeTable.ofEnum(Headline.class, "Holdspace headlines", "The one-line value of a session, rule set version 3."),
      CodeTable.ofEnum(Rung.class, "Holdspace value rungs", "The rungs of the value ladder."),
      CodeTable.ofEnum(FindingKind.class, "Holdspace finding kinds", "What a finding of an assessment is about."),
      CodeTable.ofEnum(NoteStatus.class, "Holdspace note statuses", "Where a session note stands, up to signed."));

  /** The FHIR mapping's own kinds. */
  private static final List<CodeTable> MAPPING = List.of(
      CodeTable.of(Urls.OBSERVATION_KIND, "HoldspaceObservationKind", "Holdspace observation kinds",
          "Which Holdspace event an Observation records.",
          "regulation", "Regulation observation", "connection", "Connection observation",
          "readiness", "Readiness assessment", "environment-factor", "Environment factor",
          "caregiver-report", "Caregiver report", "caregiver-presence", "Caregiver presence",
          "goal-attempt", "Goal attempt", "incident-record", "Incident record", "handover", "Handover"),
      CodeTable.of(Urls.OBSERVATION_PART, "HoldspaceObservationPart", "Holdspace observation parts",
          "The components of a Holdspace Observation.",
          "regulation-mode", "Regulation mode", "regulation-sign", "Regulation sign", "regulation-label", "Regulation label",
          "indicator-met", "Readiness indicator met", "indicator-not-met", "Readiness indicator not met",
          "caregiver-concern", "Caregiver concern", "caregiver-words", "Caregiver's words", "assistance", "Assistance",
          "opportunities", "Opportunities", "correct-responses", "Correct responses", "antecedent", "Antecedent",
          "injury", "Injury", "physical-intervention", "Physical intervention", "told", "Told",
          "incident-account", "Clinician's account of the incident"),
      CodeTable.of(Urls.PROCEDURE_KIND, "HoldspaceProcedureKind", "Holdspace procedure kinds",
          "Which Holdspace event a Procedure records.",
          "sensory-support", "Sensory support", "activity", "Activity", "caregiver-coaching", "Caregiver coaching"),
      CodeTable.of(Urls.DOCUMENT_KIND, "HoldspaceDocumentKind", "Holdspace document kinds",
          "Which Holdspace text a DocumentReference carries.",
          "clinician-note", "Clinician note", "parent-summary", "Parent summary", "session-note", "Session note"),
      CodeTable.of(Urls.ASSESSMENT_KIND, "HoldspaceAssessmentKind", "Holdspace assessment kinds",
          "What a Holdspace ClinicalImpression assesses.",
          "session-value", "The value of a therapy session"));

  private static final List<CodeTable> ALL = concat(CONSTANTS, ENUMS, MAPPING);

  @SafeVarargs
  private static List<CodeTable> concat(List<CodeTable>... lists) {
    List<CodeTable> all = new ArrayList<>();
    for (List<CodeTable> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }

  /**
   * Every Holdspace code system, new resources on each call.
   *
   * @return the code systems, in a fixed order: the core's code classes, its enums, the mapping's kinds
   */
  public static List<CodeSystem> all() {
    List<CodeSystem> all = new ArrayList<>(ALL.size());
    for (CodeTable t : ALL) {
      all.add(toCodeSystem(t));
    }
    return all;
  }

  /**
   * The Holdspace code system whose canonical URL is {@code url}, if there is one.
   *
   * @param url a code system's canonical URL, such as {@code RegulationSignCodes.SYSTEM}
   * @return a new resource, or empty if no Holdspace code system has that URL
   */
  public static Optional<CodeSystem> of(String url) {
    Objects.requireNonNull(url, "url");
    for (CodeTable t : ALL) {
      if (url.equals(t.url)) {
        return Optional.of(toCodeSystem(t));
      }
    }
    return Optional.empty();
  }

  private static CodeSystem toCodeSystem(CodeTable t) {
    CodeSystem cs = new CodeSystem();
    cs.setUrl(t.url);
    cs.setName(t.name);
    cs.setTitle(t.title);
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("Holdspace");
    cs.setDescription(t.description);
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.setCount(t.concepts.size());
    for (Map.Entry<String, String> c : t.concepts.entrySet()) {
      CodeSystem.ConceptDefinitionComponent concept = cs.addConcept().setCode(c.getKey());
      if (c.getValue() != null) {
        concept.setDisplay(c.getValue());
      }
    }
    return cs;
  }
}
