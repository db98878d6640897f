package org.holdspace.session;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for why a session ended as it did. Worded as facts, never as fault.
 */
public final class EndReasonCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/end-reason";

  /** The session ran its planned time. */
  public static final Code PLANNED_END = Code.of(SYSTEM, "planned-end", "Planned end");
  /** The child's needs came first: continuing would not have helped. */
  public static final Code CHILD_NEEDS = Code.of(SYSTEM, "child-needs", "The child's needs came first");
  /** The child or someone at home was unwell. */
  public static final Code ILLNESS = Code.of(SYSTEM, "illness", "Illness");
  /** The session began late. */
  public static final Code LATE_START = Code.of(SYSTEM, "late-start", "Late start");
  /** The family asked to end, cancel or move the session. */
  public static final Code FAMILY_REQUEST = Code.of(SYSTEM, "family-request", "Family request");
  /** The clinician was not available. */
  public static final Code CLINICIAN_UNAVAILABLE = Code.of(SYSTEM, "clinician-unavailable", "Clinician unavailable");
  /** Travel or transport did not work out. */
  public static final Code TRANSPORT = Code.of(SYSTEM, "transport", "Transport");
  /** Something outside the session interrupted it (an alarm, a building problem, ...). */
  public static final Code EXTERNAL_INTERRUPTION = Code.of(SYSTEM, "external-interruption", "External interruption");
  /** Any other reason. */
  public static final Code OTHER = Code.of(SYSTEM, "other", "Other");

  private EndReasonCodes() {}

  /**
   * The kind of {@code reason}, for telling a parent why a session ended as it did. Codes of other
   * systems, and {@link #LATE_START}, {@link #TRANSPORT} and {@link #OTHER}, which may lie on
   * either side, are {@link EndReasonKind#OTHER}.
   *
   * <pre>{@code
   * EndReasonCodes.kindOf(EndReasonCodes.CHILD_NEEDS); // CHILD_NEEDS
   * }</pre>
   *
   * @param reason a reason code of any system
   * @return its kind
   */
  public static EndReasonKind kindOf(Code reason) {
    if (!reason.system().equals(SYSTEM)) {
      return EndReasonKind.OTHER;
    }
    switch (reason.code()) {
      case "planned-end":
        return EndReasonKind.PLANNED;
      case "child-needs":
        return EndReasonKind.CHILD_NEEDS;
      case "illness":
        return EndReasonKind.ILLNESS;
      case "family-request":
        return EndReasonKind.FAMILY;
      case "clinician-unavailable":
      case "external-interruption":
        return EndReasonKind.CLINIC;
      default:
        return EndReasonKind.OTHER;
    }
  }
}
