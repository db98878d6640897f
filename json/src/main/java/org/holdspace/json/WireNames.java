package org.holdspace.json;

import java.util.Set;

/**
 * The field names the wire format defines. Any other name in a document is the sender's text
 * (and may be a child's name), so errors show it only by position.
 */
final class WireNames {
  private static final Set<String> DEFINED = Set.of(
      "schemaVersion", "type", "id", "at", "until",
      "band", "signs", "mode", "label",
      "support", "systems", "quality", "response", "effect",
      "activity", "demand", "factor",
      "level", "indicatorsMet", "indicatorsNotMet", "assessedBy",
      "goalId", "assistance", "outcome", "gasLevel", "opportunities", "correctResponses", "sign", "text",
      "clientId", "clinicianId", "discipline", "setting", "planned", "actual", "zone", "status", "endReason",
      "goals", "events", "description", "target", "lifecycleStatus", "achievementStatus", "gasBaseline", "gasWeight",
      "start", "end", "system", "code", "display",
      "sessionId", "ruleSetId", "ruleSetVersion", "headline", "endReasonKind", "rungs", "findings",
      "ruleId", "ruleVersion", "kind", "rung", "key", "evidence",
      "goalOutcome", "attemptIds", "attemptsWhileNotReady", "gasLevels", "tScore",
      "supportsThatHelped", "supportsPresentWhenRegulationCame", "timeToRegulate", "regulatedShare",
      "unknownEventIds", "concerns", "words", "caregiver", "strategy", "step", "caregiverReported", "toTryAtHome",
      "familyLanguage", "interpreterUsed", "locale", "signedBy", "signedCredential", "signedAt", "headings",
      "statusLines", "header", "subjective", "objective", "assessment", "plan", "interventions", "draft",
      "needs-documentation", "ready-to-sign", "signed",
      "harmSign", "antecedent", "injury", "physicalIntervention", "told", "role", "account", "to");

  private WireNames() {}

  /** @return whether {@code name} is a field name of the wire format */
  static boolean isDefined(String name) {
    return DEFINED.contains(name);
  }
}
