package org.holdspace.evaluation.rules;

import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;

/**
 * Reflection: supports the child took up showed no visible change, or seemed to add to the load.
 * Declined supports are information about the child's preferences and raise nothing here.
 */
final class SupportsWithoutEffectRule extends StandardRule {

  SupportsWithoutEffectRule() {
    super(StandardRules.SUPPORTS_WITHOUT_EFFECT_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    for (SensorySupport s : facts.supports()) {
      SupportEffect effect = EventTraits.effect(s);
      if (s.response() == SupportResponse.ACCEPTED
          && (effect == SupportEffect.NO_VISIBLE_CHANGE || effect == SupportEffect.MADE_WORSE)) {
        into.add(s.id());
      }
    }
    if (into.pending() > 0) {
      into.reflection(this, FindingKeys.PROMPT_SUPPORTS_WITHOUT_VISIBLE_EFFECT);
    }
  }
}
