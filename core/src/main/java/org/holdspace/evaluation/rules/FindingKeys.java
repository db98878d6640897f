package org.holdspace.evaluation.rules;

/**
 * The message keys of the standard rules' findings: stable, part of the JSON and FHIR wire forms,
 * and the keys the narrators choose sentences by. The rules, the narrators and the tests name
 * them through these constants.
 *
 * <p>The naming scheme, which a vendor adding a rule follows with its own prefix (for example
 * {@code acme.finding.hydration.taken}):
 * <ul>
 *   <li>{@code finding.<rung or topic>.<what was found>} for a rung's evidence and for context
 *       ({@code finding.regulation.moved-toward-regulated}, {@code finding.coaching.given}); a
 *       finding that counts only after the last harm ends in {@code -after-harm};
 *   <li>{@code prompt.<what the clinician is asked about>} for a reflection prompt;
 *   <li>{@code incident.<what was recorded>} for an incident.
 * </ul>
 * Texts for people live in the narrative bundles under keys of their own: {@code summary.*} for
 * the parent summary, {@code note.*} for the session note, and a prompt's text under the prompt's
 * own key. Keys are lower case, words joined by hyphens, parts by dots.
 *
 * <pre>{@code
 * boolean calmer = assessment.findings().stream()
 *     .anyMatch(f -> f.key().equals(FindingKeys.MOVED_TOWARD_REGULATED));
 * }</pre>
 */
public final class FindingKeys {
  /** Safety: the child was seen regulated. */
  public static final String SAFETY_REGULATED = "finding.safety.regulated";
  /** Safety: the child was seen regulated after the last harm. */
  public static final String SAFETY_REGULATED_AFTER_HARM = "finding.safety.regulated-after-harm";
  /** Safety: the child was judged to feel safe. */
  public static final String SAFETY_FELT_SAFE = "finding.safety.felt-safe";
  /** Safety: the child was judged to feel safe after the last harm. */
  public static final String SAFETY_FELT_SAFE_AFTER_HARM = "finding.safety.felt-safe-after-harm";
  /** Safety: distress met with presence, and presence sustained. */
  public static final String SAFETY_PRESENCE = "finding.safety.presence";
  /** Safety: distress met with presence, and presence sustained, after the last harm. */
  public static final String SAFETY_PRESENCE_AFTER_HARM = "finding.safety.presence-after-harm";
  /** Regulation: a move toward regulated that held. */
  public static final String MOVED_TOWARD_REGULATED = "finding.regulation.moved-toward-regulated";
  /** Regulation: regulated for a sustained time after being dysregulated. */
  public static final String SUSTAINED_AFTER_DYSREGULATION = "finding.regulation.sustained-after-dysregulation";
  /** Regulation: kept regulated through the session. */
  public static final String KEPT_REGULATED = "finding.regulation.kept-regulated";
  /** Regulation: a support reported as helping, with a later observation that agrees. */
  public static final String SUPPORT_HELPED = "finding.regulation.support-helped";
  /** Context: supports in place when the child moved toward regulated. */
  public static final String SUPPORTS_PRESENT = "finding.regulation.supports-present";
  /** Context: a support reported as helping that no later observation agrees with, kept as reported. */
  public static final String REPORTED_HELPED = "finding.support.reported-helped";
  /**
   * Connection: a sign of trust (sought proximity, accepted comfort, shared attention or affect, a
   * return after withdrawing).
   */
  public static final String CONNECTION_TRUST = "finding.connection.trust";
  /** Connection: the child accepted the therapist's presence (not, on its own, a sign of trust). */
  public static final String CONNECTION_ACCEPTED_PRESENCE = "finding.connection.accepted-presence";
  /** Connection: a sign of connection from a vendor's code system, whose meaning the library does not know. */
  public static final String CONNECTION_OBSERVED = "finding.connection.observed";
  /** Engagement: the child took part in an activity. */
  public static final String TOOK_PART = "finding.engagement.took-part";
  /** Skill practice: goal-directed attempts. */
  public static final String SKILL_PRACTICE_ATTEMPTS = "finding.skill-practice.attempts";
  /** Goal progress: measured above the goal's baseline, or partly or fully met. */
  public static final String GOAL_PROGRESS_MEASURED = "finding.goal-progress.measured";
  /** Context: goal work attempted while the child was judged not ready. */
  public static final String GOAL_WORK_WHILE_NOT_READY = "finding.goal-work.while-not-ready";
  /** Context: coaching given to a caregiver. */
  public static final String COACHING_GIVEN = "finding.coaching.given";
  /** Context: strategies agreed with a caregiver to try at home. */
  public static final String TO_TRY_AT_HOME = "finding.coaching.to-try-at-home";

  /** Context: the observations that showed a harm sign or the crisis band (the hard time, whose length texts give). */
  public static final String HARM_OR_CRISIS = "finding.safety.harm-or-crisis";
  /** Context: the session ended with the child regulated (the observations that end last). */
  public static final String ENDED_REGULATED = "finding.ending.regulated";
  /** Context: the session ended with the child escalated, upset but not in crisis. */
  public static final String ENDED_ESCALATED = "finding.ending.escalated";
  /** Context: the session ended with the child shut down. */
  public static final String ENDED_SHUT_DOWN = "finding.ending.shut-down";
  /** Context: the session ended with the child in crisis (an incident too: {@link #INCIDENT_ENDED_IN_CRISIS}). */
  public static final String ENDED_IN_CRISIS = "finding.ending.crisis";

  /** Incident: a sign of possible harm was recorded. */
  public static final String INCIDENT_HARM_SIGNS = "incident.harm-signs";
  /** Incident: the session ended with the child in crisis (rule set version 3). */
  public static final String INCIDENT_ENDED_IN_CRISIS = "incident.ended-in-crisis";

  /** Prompt: the child arrived dysregulated. */
  public static final String PROMPT_ARRIVED_DYSREGULATED = "prompt.arrived-dysregulated";
  /** Prompt: the child arrived dysregulated, after a caregiver's report. */
  public static final String PROMPT_ARRIVED_DYSREGULATED_AFTER_REPORT = "prompt.arrived-dysregulated-after-report";
  /** Prompt: demand rose shortly before an escalation. */
  public static final String PROMPT_DEMAND_BEFORE_ESCALATION = "prompt.demand-before-escalation";
  /** Prompt: environment load during dysregulation. */
  public static final String PROMPT_ENVIRONMENT_LOAD = "prompt.environment-load";
  /** Prompt: distress that nothing answered near its start. */
  public static final String PROMPT_DYSREGULATION_WITHOUT_SUPPORT = "prompt.dysregulation-without-support";
  /** Prompt: long, unchanging dysregulation (sensory needs and the environment). */
  public static final String PROMPT_SENSORY_NEEDS_AND_ENVIRONMENT = "prompt.sensory-needs-and-environment";
  /** Prompt: supports without visible effect. */
  public static final String PROMPT_SUPPORTS_WITHOUT_VISIBLE_EFFECT = "prompt.supports-without-visible-effect";
  /** Prompt: goal work attempted while the child was judged not ready. */
  public static final String PROMPT_GOAL_WORK_WHILE_NOT_READY = "prompt.goal-work-while-not-ready";
  /** Prompt: the session ended with the child in crisis (the handover and the safety plan). */
  public static final String PROMPT_ENDED_IN_CRISIS = "prompt.ended-in-crisis";
  /** Prompt: signs of possible harm (the safety plan). */
  public static final String PROMPT_HARM_SIGNS = "prompt.harm-signs";
  /** Prompt: regulating took much longer than recently. */
  public static final String PROMPT_LONGER_TIME_TO_REGULATE = "prompt.longer-time-to-regulate";
  /** Prompt (made by the narrator, not a rule): too little was recorded to say what the session was. */
  public static final String PROMPT_DOCUMENT_SESSION = "prompt.document-session";

  private FindingKeys() {}
}
