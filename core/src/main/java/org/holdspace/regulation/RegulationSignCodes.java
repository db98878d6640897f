package org.holdspace.regulation;

import java.util.List;
import org.holdspace.code.Code;

/** Holdspace's code system for the signs of a regulation state. Vendors add their own codes. */
public final class RegulationSignCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/regulation-sign";

  /** Crying. */
  public static final Code CRYING = Code.of(SYSTEM, "crying", "Crying");
  /** Withdrawing: turning away, hiding, going quiet. */
  public static final Code WITHDRAWAL = Code.of(SYSTEM, "withdrawal", "Withdrawal");
  /** Flat affect: little expression. */
  public static final Code FLAT_AFFECT = Code.of(SYSTEM, "flat-affect", "Flat affect");
  /** Covering ears. */
  public static final Code COVERING_EARS = Code.of(SYSTEM, "covering-ears", "Covering ears");
  /** Screaming or shouting. */
  public static final Code SCREAMING = Code.of(SYSTEM, "screaming", "Screaming");
  /** Hitting, kicking, biting or throwing at someone. */
  public static final Code AGGRESSION = Code.of(SYSTEM, "aggression", "Aggression");
  /** Running off, leaving the room. */
  public static final Code RUNNING_OFF = Code.of(SYSTEM, "running-off", "Running off");
  /** Self-injury. */
  public static final Code SELF_INJURY = Code.of(SYSTEM, "self-injury", "Self-injury");
  /** Freezing: stillness with tension. */
  public static final Code FREEZING = Code.of(SYSTEM, "freezing", "Freezing");
  /** Not accepting toys, words or contact (yet): information about what the child can take in. */
  public static final Code REFUSAL = Code.of(SYSTEM, "refusal", "Not accepting toys, words or contact");
  /** A calm body: relaxed posture, easy breathing. */
  public static final Code CALM_BODY = Code.of(SYSTEM, "calm-body", "Calm body");
  /** Playful or smiling. */
  public static final Code PLAYFUL = Code.of(SYSTEM, "playful", "Playful");

  /**
   * The signs that mean distress escalated into possible harm, by default: self-injury,
   * aggression and running off. The evaluation's settings start from them ({@code
   * EvaluationConfig.defaults().harmSigns()}); a clinic may choose others.
   */
  public static final List<Code> DEFAULT_HARM_SIGNS = List.of(SELF_INJURY, AGGRESSION, RUNNING_OFF);

  private RegulationSignCodes() {}

  /**
   * Whether {@code sign} is the concept of one of {@link #DEFAULT_HARM_SIGNS}.
   *
   * <pre>{@code
   * boolean harm = RegulationSignCodes.isDefaultHarmSign(RegulationSignCodes.AGGRESSION); // true
   * }</pre>
   *
   * @param sign a sign
   * @return whether it is one of the default harm signs
   */
  public static boolean isDefaultHarmSign(Code sign) {
    for (int i = 0; i < DEFAULT_HARM_SIGNS.size(); i++) {
      if (DEFAULT_HARM_SIGNS.get(i).isSameConcept(sign)) {
        return true;
      }
    }
    return false;
  }
}
