package org.holdspace.progress;

import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.regulation.ArousalSide;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;

/** A {@link SupportTally} being counted: one support concept in one state of the child at the offer. */
final class Tally {
  /** A support concept in one state of the child at the offer (null: unknown). */
  record Key(String system, String code, ArousalSide state) {
    static Key of(SupportTally t) {
      return new Key(t.support().system(), t.support().code(), t.stateAtOffer().orElse(null));
    }
  }

  final Code support;
  final ArousalSide state;
  int offered;
  int accepted;
  int declined;
  int helped;
  int corroborated;
  int noChange;
  int worse;
  int unclear;

  Tally(Code support, ArousalSide state) {
    this.support = support;
    this.state = state;
  }

  /** Counts one offer. */
  void count(SensorySupport s, boolean helpCorroborated) {
    offered++;
    if (s.response() != SupportResponse.ACCEPTED) {
      declined++;
      return;
    }
    accepted++;
    switch (s.effect().orElse(SupportEffect.UNCLEAR)) {
      case HELPED:
        helped++;
        if (helpCorroborated) {
          corroborated++;
        }
        break;
      case NO_VISIBLE_CHANGE:
        noChange++;
        break;
      case MADE_WORSE:
        worse++;
        break;
      default:
        unclear++;
    }
  }

  /** Adds another session's tally of the same concept and state. */
  void add(SupportTally t) {
    offered += t.offered();
    accepted += t.accepted();
    declined += t.declined();
    helped += t.helped();
    corroborated += t.helpedCorroborated();
    noChange += t.noVisibleChange();
    worse += t.madeWorse();
    unclear += t.unclear();
  }

  SupportTally toValue() {
    return SupportTally.builder().support(support).stateAtOffer(Optional.ofNullable(state)).offered(offered)
        .accepted(accepted).declined(declined).helped(helped).helpedCorroborated(corroborated)
        .noVisibleChange(noChange).madeWorse(worse).unclear(unclear).build();
  }
}
