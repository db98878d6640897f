package org.holdspace.validation;

/** The violations that Holdspace's own types detect when a value is built. */
public enum CoreViolation implements ViolationCode {
  /** A required value was not given. */
  REQUIRED("value.required", "a required value is missing"),
  /** An id or code is empty or only white space. */
  BLANK("text.blank", "must not be blank"),
  /** An id or code is longer than {@link Violations#MAX_ID_LENGTH} characters. */
  TOO_LONG("text.too-long", "is longer than allowed"),
  /** An id or code contains a control character (a line break, a tab, a NUL, ...). */
  CONTROL_CHARACTER("text.control-character", "contains a control character"),
  /**
   * An id or code contains an invisible formatting character (a bidi override, a zero-width
   * character: Unicode category Cf), a line or paragraph separator, or an unpaired surrogate.
   */
  INVISIBLE_CHARACTER("text.invisible-character", "contains a formatting, separator or unpaired surrogate character"),
  /** An instant outside the range the library accepts ({@code Interval#EARLIEST} to {@code Interval#LATEST}). */
  TIME_OUT_OF_RANGE("time.out-of-range", "lies outside the years 0001 to 9999"),
  /** A duration or number outside the range the library accepts for it. */
  OUT_OF_RANGE("value.out-of-range", "is outside the range allowed for it"),
  /** An interval ends before it starts. */
  END_BEFORE_START("time.end-before-start", "ends before it starts"),
  /** An event lies outside the session's actual interval. */
  OUTSIDE_SESSION("time.outside-session", "lies outside the session's actual time"),
  /** Two elements of one list share an id. */
  DUPLICATE_ID("id.duplicate", "repeats an id used earlier in the same list"),
  /** A goal attempt names a goal that is not among the session's goals. */
  UNKNOWN_GOAL("goal.unknown", "names a goal that is not in the session's goals"),
  /** Correct responses recorded above the opportunities, or without them. */
  CORRECT_ABOVE_OPPORTUNITIES("goal.correct-above-opportunities", "is more than the opportunities recorded, or has none to count against"),
  /** Someone recorded as told of an incident before the incident began. */
  TOLD_BEFORE_INCIDENT("incident.told-before-incident", "is before the incident it tells of"),
  /** A Goal Attainment Scaling level outside -2..+2. */
  GAS_LEVEL_OUT_OF_RANGE("gas.level-out-of-range", "is outside the GAS range -2..+2"),
  /** A GAS weight that is zero, negative, infinite or not a number. */
  GAS_WEIGHT_INVALID("gas.weight-invalid", "must be greater than zero and at most 1000"),
  /** A goal's GAS baseline other than -2 or -1. */
  GAS_BASELINE_INVALID("gas.baseline-invalid", "must be -2 or -1"),
  /** A GAS correlation outside [0, 1). */
  GAS_RHO_OUT_OF_RANGE("gas.rho-out-of-range", "must be at least 0 and less than 1"),
  /** A T-score was asked of no ratings. */
  GAS_NO_RATINGS("gas.no-ratings", "needs at least one rating"),
  /** A language tag with no language in it (empty, or only a region). */
  NO_LANGUAGE("session.no-language", "names no language"),
  /** A session that did not take place completely (ended early, cut short, cancelled, no-show) has no reason code. */
  END_REASON_REQUIRED("session.end-reason-required", "needs a reason code for this status"),
  /** A session that took place has no actual interval. */
  ACTUAL_TIME_REQUIRED("session.actual-required", "needs the actual time for a session that took place"),
  /** A session that did not take place (cancelled, no-show) has an actual interval or events. */
  NOT_HELD("session.not-held", "must be empty for a session that did not take place"),
  /** A setting that must be greater than zero (or at least one) is not. */
  NOT_POSITIVE("value.not-positive", "must be greater than zero"),
  /** Sessions of more than one child were given where one child's sessions are needed. */
  MIXED_CLIENTS("progress.mixed-clients", "belongs to another child than the first session"),
  /** A readiness indicator is listed as both met and not met. */
  INDICATOR_CONTRADICTION("readiness.indicator-contradiction", "is listed as both met and not met"),
  /** An assessment's finding evidences a rung that the assessment's rungs do not hold. */
  RUNG_NOT_HELD("assessment.rung-not-held", "evidences a rung that is not among the assessment's rungs"),
  /** An assessment holds a rung that no finding of it evidences. */
  RUNG_WITHOUT_EVIDENCE("assessment.rung-without-evidence", "has no finding that evidences it");

  private final String code;
  private final String description;

  CoreViolation(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }
}
