package org.holdspace.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;

/**
 * The optional parts of an event the evaluation reads on every pass, without an {@code Optional}
 * per read: the library's values encode them once, when made, in {@link EventValue#traits()}; any
 * other implementation is read through its getters. On JDK 17 the {@code Optional} a generated
 * getter returns was made on every call, even where the caller only unwrapped it (our reading:
 * the getter returns either a new one or the shared empty one, and the JIT does not remove an
 * allocation merged with a constant); those reads were 864 of 7,312 bytes of a typical
 * evaluation when measured.
 *
 * <p>Encoding, one int per value: {@link #KNOWN} set; the low four bits the ordinal of the mode,
 * effect or outcome plus one (0: not recorded); for a goal attempt, bits 4 to 6 its GAS level
 * plus three (0: not rated); for a regulation observation, bit 8 whether it shows a default harm
 * sign.
 */
public final class EventTraits {
  /** Set in every encoding; an int without it (another implementation's, or 0) is never decoded. */
  static final int KNOWN = 1 << 30;
  private static final int ORDINAL_MASK = 0xF;
  /** For a regulation observation: one of its signs is one of {@link #DEFAULT_HARM_SIGNS}. */
  private static final int DEFAULT_HARM_SIGN = 1 << 8;
  private static final int GAS_SHIFT = 4;
  private static final int GAS_MASK = 0x7;
  private static final int GAS_OFFSET = 3;
  private static final RegulationMode[] MODES = RegulationMode.values();
  private static final SupportEffect[] EFFECTS = SupportEffect.values();
  private static final AttemptOutcome[] OUTCOMES = AttemptOutcome.values();

  /**
   * The harm signs of the default evaluation settings (self-injury, aggression, running off): an
   * observation records, once, whether it shows one of them, so that an evaluation with the
   * default settings does not compare every sign again.
   */
  public static final List<Code> DEFAULT_HARM_SIGNS =
      List.of(RegulationSignCodes.SELF_INJURY, RegulationSignCodes.AGGRESSION, RegulationSignCodes.RUNNING_OFF);

  private EventTraits() {}

  /**
   * The encoding of a regulation observation's mode, and of whether it shows a default harm sign.
   *
   * @param mode its mode, if recorded
   * @param signs its signs
   * @return the encoding
   */
  public static int ofRegulation(Optional<RegulationMode> mode, Set<Code> signs) {
    int harm = 0;
    for (Code sign : signs) {
      if (isDefaultHarmSign(sign)) {
        harm = DEFAULT_HARM_SIGN;
        break;
      }
    }
    return KNOWN | harm | mode.map(m -> m.ordinal() + 1).orElse(0);
  }

  /**
   * Whether {@code sign} is the concept of one of {@link #DEFAULT_HARM_SIGNS}.
   *
   * @param sign a sign
   * @return whether it is
   */
  public static boolean isDefaultHarmSign(Code sign) {
    for (int i = 0; i < DEFAULT_HARM_SIGNS.size(); i++) {
      if (DEFAULT_HARM_SIGNS.get(i).isSameConcept(sign)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code o} shows one of {@link #DEFAULT_HARM_SIGNS}, if it encoded the answer.
   *
   * @param o an observation
   * @return 1 if it does, 0 if it does not, -1 if not encoded (ask its signs)
   */
  public static int showsDefaultHarmSign(RegulationObservation o) {
    int t = traits(o);
    return (t & KNOWN) == 0 ? -1 : (t & DEFAULT_HARM_SIGN) != 0 ? 1 : 0;
  }

  /**
   * The encoding of a sensory support's effect.
   *
   * @param effect its effect, if recorded
   * @return the encoding
   */
  public static int ofSupport(Optional<SupportEffect> effect) {
    return KNOWN | effect.map(e -> e.ordinal() + 1).orElse(0);
  }

  /**
   * The encoding of a goal attempt's outcome and GAS level; 0 (not encoded: read through the
   * getters) for a level outside -2 to +2, which validation refuses anyway.
   *
   * @param outcome its outcome, if recorded
   * @param gasLevel its GAS level, if rated
   * @return the encoding
   */
  public static int ofAttempt(Optional<AttemptOutcome> outcome, OptionalInt gasLevel) {
    int gas = 0;
    if (gasLevel.isPresent()) {
      int level = gasLevel.getAsInt();
      if (level < -2 || level > 2) {
        return 0;
      }
      gas = (level + GAS_OFFSET) << GAS_SHIFT;
    }
    return KNOWN | gas | outcome.map(o -> o.ordinal() + 1).orElse(0);
  }

  /**
   * {@code o.mode().orElse(null)}.
   *
   * @param o an observation
   * @return its mode, or null if not recorded
   */
  public static RegulationMode mode(RegulationObservation o) {
    int t = traits(o);
    return (t & KNOWN) == 0 ? o.mode().orElse(null) : decode(t, MODES);
  }

  /**
   * {@code s.effect().orElse(null)}.
   *
   * @param s a support
   * @return its effect, or null if not recorded
   */
  public static SupportEffect effect(SensorySupport s) {
    int t = traits(s);
    return (t & KNOWN) == 0 ? s.effect().orElse(null) : decode(t, EFFECTS);
  }

  /**
   * {@code a.outcome().orElse(null)}.
   *
   * @param a an attempt
   * @return its outcome, or null if not recorded
   */
  public static AttemptOutcome outcome(GoalAttempt a) {
    int t = traits(a);
    return (t & KNOWN) == 0 ? a.outcome().orElse(null) : decode(t, OUTCOMES);
  }

  /**
   * {@code a.gasLevel().orElse(none)}.
   *
   * @param a an attempt
   * @param none what to answer when it was not rated
   * @return its GAS level, or {@code none}
   */
  public static int gasLevel(GoalAttempt a, int none) {
    int t = traits(a);
    if ((t & KNOWN) == 0) {
      return a.gasLevel().orElse(none);
    }
    int g = (t >>> GAS_SHIFT) & GAS_MASK;
    return g == 0 ? none : g - GAS_OFFSET;
  }

  /** The constant whose ordinal plus one is in the low bits of {@code t}, or null for 0. */
  private static <E> E decode(int t, E[] values) {
    int i = t & ORDINAL_MASK;
    return i == 0 ? null : values[i - 1];
  }

  private static int traits(Object event) {
    return event instanceof EventValue ? ((EventValue) event).traits() : 0;
  }
}
