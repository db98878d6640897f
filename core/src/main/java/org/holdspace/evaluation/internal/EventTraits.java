package org.holdspace.evaluation.internal;

import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.internal.Traits;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;

/**
 * The optional parts of an event the evaluation reads on every pass, without an {@code Optional}
 * per read: the library's values encode them once, when made ({@link Traits}); any other
 * implementation is read through its getters. On JDK 17 the {@code Optional} a generated getter
 * returns was made on every call, even where the caller only unwrapped it (our reading: the getter
 * returns either a new one or the shared empty one, and the JIT does not remove an allocation
 * merged with a constant); those reads were 864 of 7,312 bytes of a typical evaluation when
 * measured.
 */
public final class EventTraits {
  private static final RegulationMode[] MODES = RegulationMode.values();
  private static final SupportEffect[] EFFECTS = SupportEffect.values();
  private static final AttemptOutcome[] OUTCOMES = AttemptOutcome.values();

  private EventTraits() {}

  /**
   * Whether {@code o} shows one of the default harm signs, if it encoded the answer.
   *
   * @param o an observation
   * @return 1 if it does, 0 if it does not, -1 if not encoded (ask its signs)
   */
  public static int showsDefaultHarmSign(RegulationObservation o) {
    int t = Traits.of(o);
    return !Traits.isKnown(t) ? -1 : Traits.flag(t) ? 1 : 0;
  }

  /**
   * {@code o.mode().orElse(null)}.
   *
   * @param o an observation
   * @return its mode, or null if not recorded
   */
  public static RegulationMode mode(RegulationObservation o) {
    int t = Traits.of(o);
    return Traits.isKnown(t) ? Traits.constant(t, MODES) : o.mode().orElse(null);
  }

  /**
   * {@code s.effect().orElse(null)}.
   *
   * @param s a support
   * @return its effect, or null if not recorded
   */
  public static SupportEffect effect(SensorySupport s) {
    int t = Traits.of(s);
    return Traits.isKnown(t) ? Traits.constant(t, EFFECTS) : s.effect().orElse(null);
  }

  /**
   * {@code a.outcome().orElse(null)}.
   *
   * @param a an attempt
   * @return its outcome, or null if not recorded
   */
  public static AttemptOutcome outcome(GoalAttempt a) {
    int t = Traits.of(a);
    return Traits.isKnown(t) ? Traits.constant(t, OUTCOMES) : a.outcome().orElse(null);
  }

  /**
   * {@code a.gasLevel().orElse(none)}.
   *
   * @param a an attempt
   * @param none what to answer when it was not rated
   * @return its GAS level, or {@code none}
   */
  public static int gasLevel(GoalAttempt a, int none) {
    int t = Traits.of(a);
    return Traits.isKnown(t) ? Traits.level(t, none) : a.gasLevel().orElse(none);
  }
}
