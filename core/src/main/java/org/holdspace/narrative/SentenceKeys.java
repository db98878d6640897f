package org.holdspace.narrative;

import java.util.Map;
import java.util.Optional;
import org.holdspace.evaluation.rules.FindingKeys;

/**
 * The one table from a standard finding's key to the keys of the sentences it backs: in the parent
 * summary ({@code summary.*}) and in the session note's plan ({@code note.p.*}). A finding key
 * with no entry backs no sentence of that kind. Keys are never built from other keys by cutting
 * strings, so renaming one is a change to this table that a test sees.
 */
final class SentenceKeys {
  private static final Map<String, String> SUMMARY = Map.ofEntries(
      Map.entry(FindingKeys.SAFETY_PRESENCE, "summary.safety.presence"),
      Map.entry(FindingKeys.SAFETY_PRESENCE_AFTER_HARM, "summary.safety.presence-after-harm"),
      Map.entry(FindingKeys.SAFETY_REGULATED, "summary.safety.regulated"),
      Map.entry(FindingKeys.SAFETY_REGULATED_AFTER_HARM, "summary.safety.regulated-after-harm"),
      Map.entry(FindingKeys.SAFETY_FELT_SAFE, "summary.safety.felt-safe"),
      Map.entry(FindingKeys.SAFETY_FELT_SAFE_AFTER_HARM, "summary.safety.felt-safe-after-harm"),
      Map.entry(FindingKeys.CONNECTION_TRUST, "summary.connection.trust"),
      Map.entry(FindingKeys.CONNECTION_ACCEPTED_PRESENCE, "summary.connection.stay-close"),
      Map.entry(FindingKeys.CONNECTION_OBSERVED, "summary.connection.observed"),
      Map.entry(FindingKeys.ENDED_ESCALATED, "summary.ending.upset"),
      Map.entry(FindingKeys.ENDED_SHUT_DOWN, "summary.ending.withdrawn"),
      Map.entry(FindingKeys.ENDED_IN_CRISIS, "summary.ending.crisis"));

  private static final Map<String, String> NOTE_PLAN = Map.of(
      FindingKeys.PROMPT_DEMAND_BEFORE_ESCALATION, "note.p.demand-before-escalation",
      FindingKeys.PROMPT_ENVIRONMENT_LOAD, "note.p.environment-load",
      FindingKeys.PROMPT_SENSORY_NEEDS_AND_ENVIRONMENT, "note.p.sensory-needs-and-environment",
      FindingKeys.PROMPT_ARRIVED_DYSREGULATED, "note.p.arrived-dysregulated",
      FindingKeys.PROMPT_ARRIVED_DYSREGULATED_AFTER_REPORT, "note.p.arrived-dysregulated-after-report",
      FindingKeys.PROMPT_DYSREGULATION_WITHOUT_SUPPORT, "note.p.dysregulation-without-support",
      FindingKeys.PROMPT_GOAL_WORK_WHILE_NOT_READY, "note.p.goal-work-while-not-ready",
      FindingKeys.PROMPT_HARM_SIGNS, "note.p.harm-signs",
      FindingKeys.PROMPT_SUPPORTS_WITHOUT_VISIBLE_EFFECT, "note.p.supports-without-visible-effect",
      FindingKeys.PROMPT_ENDED_IN_CRISIS, "note.p.ended-in-crisis");

  private SentenceKeys() {}

  /** The summary sentence that the finding of {@code findingKey} backs, if any. */
  static Optional<String> summary(String findingKey) {
    return Optional.ofNullable(SUMMARY.get(findingKey));
  }

  /** The plan line of the session note that the prompt of {@code findingKey} backs, if any. */
  static Optional<String> notePlan(String findingKey) {
    return Optional.ofNullable(NOTE_PLAN.get(findingKey));
  }
}
