package org.holdspace.fhir;

/**
 * The URLs of the FHIR mapping: identifier systems, extensions, the FHIR-side code systems and the
 * external codes it uses. The README's mapping table lists the same.
 */
final class Urls {
  private Urls() {}

  static final String BASE = "https://holdspace.org/";
  static final String CODES = BASE + "codes/";
  static final String EXTENSIONS = BASE + "fhir/StructureDefinition/";

  // identifier systems: Holdspace ids are opaque strings, so they travel as identifiers, never as resource ids
  static final String SESSION_ID = BASE + "ids/session";
  static final String EVENT_ID = BASE + "ids/event";
  static final String GOAL_ID = BASE + "ids/goal";
  static final String CLIENT_ID = BASE + "ids/client";
  static final String CLINICIAN_ID = BASE + "ids/clinician";
  static final String DERIVED_ID = BASE + "ids/derived";

  // extensions
  static final String SESSION_STATUS = EXTENSIONS + "session-status";
  static final String PLANNED_PERIOD = EXTENSIONS + "planned-period";
  static final String SETTING = EXTENSIONS + "setting";
  static final String END_REASON = EXTENSIONS + "end-reason";
  static final String ZONE = EXTENSIONS + "zone";
  static final String FAMILY_LANGUAGE = EXTENSIONS + "family-language";
  static final String INTERPRETER_USED = EXTENSIONS + "interpreter-used";
  /** On a Goal: the Encounter of the session whose goals it is among (R4's Goal has no encounter element). */
  static final String GOAL_SESSION = EXTENSIONS + "goal-session";
  static final String GOAL_TARGET = EXTENSIONS + "goal-target";
  static final String GAS_BASELINE = EXTENSIONS + "gas-baseline";
  static final String GAS_WEIGHT = EXTENSIONS + "gas-weight";
  static final String SENSORY_SYSTEM = EXTENSIONS + "sensory-system";
  static final String SUPPORT_QUALITY = EXTENSIONS + "support-quality";
  static final String DEMAND_LEVEL = EXTENSIONS + "demand-level";
  static final String COACHING_STEP = EXTENSIONS + "coaching-step";
  static final String TOLD_AT = EXTENSIONS + "told-at";
  static final String HEADLINE = EXTENSIONS + "headline";
  static final String RUNG = EXTENSIONS + "rung";
  static final String FINDING_KIND = EXTENSIONS + "finding-kind";
  static final String EVIDENCE = EXTENSIONS + "evidence";
  static final String FINDING_KEY = EXTENSIONS + "finding-key";
  static final String WORDING_VERSION = EXTENSIONS + "wording-version";
  static final String NOTE_STATUS = EXTENSIONS + "note-status";
  static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  // FHIR-side code systems of the library (published by HoldspaceCodeSystems)
  static final String OBSERVATION_KIND = CODES + "observation-kind";
  static final String OBSERVATION_PART = CODES + "observation-part";
  static final String PROCEDURE_KIND = CODES + "procedure-kind";
  static final String DOCUMENT_KIND = CODES + "document-kind";
  static final String ASSESSMENT_KIND = CODES + "assessment-kind";

  // external code systems
  static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String LOINC = "http://loinc.org";
  /** LOINC 107333-7: goal attainment scale score, practitioner follow-up (HL7 Person-Centered Outcomes guide). */
  static final String LOINC_GAS_FOLLOW_UP = "107333-7";
}
