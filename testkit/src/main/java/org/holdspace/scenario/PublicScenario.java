package org.holdspace.scenario;

import java.util.function.Supplier;
import org.holdspace.session.Session;

/**
 * The public scenarios of Holdspace's domain description (A to F, Q to U), as ready-made, valid sessions for
 * tests, demos and documentation. Each is a fixed value: the same call always gives an equal
 * session.
 *
 * <pre>{@code
 * Session hardDay = PublicScenario.HARD_DAY.session();
 * }</pre>
 *
 * <p>All of them use the same opaque ids for the child ({@code c-ada}) and the clinician
 * ({@code t-ravi}) and start at 09:00 UTC on a Monday, 2 March 2026.
 */
public enum PublicScenario {
  /**
   * A. A hard day: arrives distressed and crying; toys and words refused; shutdown; about forty
   * minutes of co-regulation; calm by the end; time is up; no goal work.
   */
  HARD_DAY('A', "a hard day", Scenarios::hardDay),
  /** B. A steady session: regulated and ready; two goals practised, one at GAS 0 and one at -1. */
  STEADY_SESSION('B', "a steady session", Scenarios::steadySession),
  /** C. One support helps, one does not: a fidget declined; deep pressure accepted and helpful. */
  ONE_SUPPORT_HELPS('C', "one support helps, one does not", Scenarios::oneSupportHelps),
  /** D. Demand outruns readiness: a high-demand task, escalation within minutes, partial recovery. */
  DEMAND_OUTRUNS_READINESS('D', "demand outruns readiness", Scenarios::demandOutrunsReadiness),
  /** E. Nothing documented: only the start and end times. */
  NOTHING_DOCUMENTED('E', "nothing documented", Scenarios::nothingDocumented),
  /** F. Shut down all session; the clinician stays close and the child accepts that presence. */
  SHUTDOWN_ALL_SESSION('F', "shutdown all session", Scenarios::shutdownAllSession),
  /**
   * Q. One hard moment, then held: in crisis on arrival, one aggressive act at minute 2;
   * co-regulation from minute 3; deep pressure accepted at minute 12 and helps; regulated from
   * minute 24 to the end.
   */
  ONE_HARD_MOMENT_THEN_HELD('Q', "one hard moment, then held", Scenarios::oneHardMomentThenHeld),
  /** R. Crisis, then collapse: in crisis for 20 minutes, then shut down to the end, co-regulated. */
  CRISIS_THEN_COLLAPSE('R', "crisis, then collapse", Scenarios::crisisThenCollapse),
  /** S. A single late offer: crying and escalated all hour; one fidget offered at minute 58, declined. */
  SINGLE_LATE_OFFER('S', "a single late offer", Scenarios::singleLateOffer),
  /** T. Not ready, then ready: "not ready" at minute 2; regulated from minute 18; GAS +1 at minute 30. */
  NOT_READY_THEN_READY('T', "not ready, then ready", Scenarios::notReadyThenReady),
  /** U. Ended early for the child's needs after 25 minutes of co-regulation with comfort accepted. */
  ENDED_EARLY_FOR_CHILDS_NEEDS('U', "ended early for the child's needs", Scenarios::endedEarlyForChildsNeeds);

  private final char letter;
  private final String title;
  private final Supplier<Session> factory;

  PublicScenario(char letter, String title, Supplier<Session> factory) {
    this.letter = letter;
    this.title = title;
    this.factory = factory;
  }

  /** @return the scenario's short title in the domain description, for example "a hard day" */
  public String title() {
    return title;
  }

  /** @return the scenario's letter in the domain description, {@code 'A'} to {@code 'F'} and {@code 'Q'} to {@code 'U'} */
  public char letter() {
    return letter;
  }

  /** {@return the scenario's session, built anew on each call (equal each time)} */
  public Session session() {
    return factory.get();
  }
}
