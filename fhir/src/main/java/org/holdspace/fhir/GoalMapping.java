package org.holdspace.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAchievementStatus;
import org.holdspace.goal.GoalLifecycleStatus;

/**
 * A goal as a FHIR {@code Goal}: lifecycle and achievement statuses one to one with FHIR's, the
 * description as {@code description.text}, the target text, GAS baseline and weight as extensions
 * (FHIR's {@code Goal.target} needs a coded measure that a free-text target does not have), and
 * the session's Encounter as the extension {@code goal-session} (R4's Goal has no encounter: a
 * Bulk Data file of many sessions would not say whose goal it is).
 */
final class GoalMapping {
  private GoalMapping() {}

  static org.hl7.fhir.r4.model.Goal write(Goal goal, Writing out) {
    org.hl7.fhir.r4.model.Goal g = new org.hl7.fhir.r4.model.Goal();
    g.addIdentifier(Writing.identifier(out.identity.goalSystem(), goal.id()));
    g.setLifecycleStatus(org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.fromCode(goal.lifecycleStatus().fhirCode()));
    goal.achievementStatus().ifPresent(a ->
        g.setAchievementStatus(new CodeableConcept(new Coding(GoalAchievementStatus.FHIR_SYSTEM, a.fhirCode(), null))));
    g.setDescription(new CodeableConcept().setTextElement(FhirText.of(goal.description())));
    g.setSubject(out.subject());
    g.addExtension(Urls.GOAL_SESSION, out.encounter());
    goal.target().ifPresent(t -> g.addExtension(Urls.GOAL_TARGET, FhirText.of(t)));
    g.addExtension(Urls.GAS_BASELINE, new IntegerType(goal.gasBaseline()));
    g.addExtension(Urls.GAS_WEIGHT, new DecimalType(goal.gasWeight()));
    return g;
  }

  static Goal read(org.hl7.fhir.r4.model.Goal g, String at, Reading in) {
    in.checkSubject(g.getSubject(), at);
    if (!g.hasLifecycleStatus()) {
      throw Reading.missing(at + ".lifecycleStatus");
    }
    Goal.Builder b = Goal.builder()
        .id(Reading.identifier(g.getIdentifier(), in.identity.goalSystem(), at))
        .lifecycleStatus(GoalLifecycleStatus.fromFhirCode(g.getLifecycleStatus().toCode())
            .orElseThrow(() -> Reading.invalid(at + ".lifecycleStatus")))
        .description(Reading.text(g.getDescription().getTextElement(), at + ".description.text"));
    if (g.hasAchievementStatus()) {
      b.achievementStatus(achievement(g.getAchievementStatus(), at + ".achievementStatus"));
    }
    Reading.extension(g, Urls.GOAL_TARGET, at).ifPresent(x ->
        b.target(Reading.text(Reading.value(x, StringType.class, at), Reading.extensionLocation(at, Urls.GOAL_TARGET))));
    Reading.extension(g, Urls.GAS_BASELINE, at).ifPresent(x ->
        b.gasBaseline(Reading.value(x, IntegerType.class, at).getValue()));
    Reading.extension(g, Urls.GAS_WEIGHT, at).ifPresent(x ->
        b.gasWeight(Reading.value(x, DecimalType.class, at).getValueAsNumber().doubleValue()));
    return b.build();
  }

  private static GoalAchievementStatus achievement(CodeableConcept concept, String at) {
    for (int i = 0; i < concept.getCoding().size(); i++) {
      Coding c = concept.getCoding().get(i);
      if (GoalAchievementStatus.FHIR_SYSTEM.equals(c.getSystem())) {
        String where = at + ".coding[" + i + "].code";
        return GoalAchievementStatus.fromFhirCode(c.getCode()).orElseThrow(() -> Reading.invalid(where));
      }
    }
    throw Reading.missing(at + ".coding");
  }
}
