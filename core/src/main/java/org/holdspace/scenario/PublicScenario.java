package org.holdspace.scenario;

import java.util.function.Supplier;
import org.holdspace.session.Session;

/**
 * The six public scenarios of Holdspace's domain description, as ready-made, valid sessions for
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
  HARD_DAY('A', Scenarios::hardDay),
  /** B. A steady session: regulated and ready; two goals practised, one at GAS 0 and one at -1. */
  STEADY_SESSION('B', Scenarios::steadySession),
  /** C. One support helps, one does not: a fidget declined; deep pressure accepted and helpful. */
  ONE_SUPPORT_HELPS('C', Scenarios::oneSupportHelps),
  /** D. Demand outruns readiness: a high-demand task, escalation within minutes, partial recovery. */
  DEMAND_OUTRUNS_READINESS('D', Scenarios::demandOutrunsReadiness),
  /** E. Nothing documented: only the start and end times. */
  NOTHING_DOCUMENTED('E', Scenarios::nothingDocumented),
  /** F. Shut down all session; the clinician stays close and the child accepts that presence. */
  SHUTDOWN_ALL_SESSION('F', Scenarios::shutdownAllSession);

  private final char letter;
  private final Supplier<Session> factory;

  PublicScenario(char letter, Supplier<Session> factory) {
    this.letter = letter;
    this.factory = factory;
  }

  /** The scenario's letter in the domain description, {@code 'A'} to {@code 'F'}. */
  public char letter() {
    return letter;
  }

  /** The scenario's session, built anew on each call (equal each time). */
  public Session session() {
    return factory.get();
  }
}
