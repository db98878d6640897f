package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.session.Session;

/**
 * Counts over a group of sessions (a clinic, a discipline, a month): sessions and sessions held,
 * each headline, each rung reached, incidents, hard days, hard days that reached safety, and
 * sessions with value but no goal progress. Immutable; {@link #plus} adds two groups.
 *
 * <p>Definitions (DOMAIN.md's, where it has one): a <em>hard day</em> is a session whose headline
 * is one of the hard-day headlines (dysregulated 15 minutes or more in total, or any harm); it
 * <em>reached safety</em> when its rungs include safety; a session has <em>value but no goal
 * progress</em> when it reached at least one rung and not goal progress, and the share is taken
 * over the sessions held (a cancelled session or a no-show has no value to weigh).
 */
public final class PopulationCounts {
  private static final int HEADLINES = Headline.values().length;
  private static final int RUNGS = Rung.values().length;
  // layout: sessions, held, incidents, hard days, hard days that reached safety, value without goal progress, headlines..., rungs...
  private static final int SESSIONS = 0;
  private static final int HELD = 1;
  private static final int INCIDENTS = 2;
  private static final int HARD_DAYS = 3;
  private static final int HARD_DAYS_SAFE = 4;
  private static final int VALUE_WITHOUT_PROGRESS = 5;
  private static final int FIRST_HEADLINE = 6;
  private static final int FIRST_RUNG = FIRST_HEADLINE + HEADLINES;
  private static final int SIZE = FIRST_RUNG + RUNGS;
  private static final PopulationCounts NONE = new PopulationCounts(new long[SIZE]);

  private final long[] counts;

  private PopulationCounts(long[] counts) {
    this.counts = counts;
  }

  /** {@return the counts of no session} */
  public static PopulationCounts none() {
    return NONE;
  }

  /**
   * The counts of one session.
   *
   * @param session the session
   * @param assessment its assessment
   * @return counts of one
   */
  public static PopulationCounts of(Session session, Assessment assessment) {
    long[] c = new long[SIZE];
    c[SESSIONS] = 1;
    c[HELD] = session.status().isHeld() ? 1 : 0;
    c[INCIDENTS] = assessment.incident().isPresent() ? 1 : 0;
    boolean hardDay = assessment.headline().isHardDay();
    c[HARD_DAYS] = hardDay ? 1 : 0;
    c[HARD_DAYS_SAFE] = hardDay && assessment.rungs().contains(Rung.SAFETY) ? 1 : 0;
    c[VALUE_WITHOUT_PROGRESS] = !assessment.rungs().isEmpty() && !assessment.rungs().contains(Rung.GOAL_PROGRESS) ? 1 : 0;
    c[FIRST_HEADLINE + assessment.headline().ordinal()] = 1;
    for (Rung r : assessment.rungs()) {
      c[FIRST_RUNG + r.ordinal()] = 1;
    }
    return new PopulationCounts(c);
  }

  /**
   * These counts and {@code other}'s together.
   *
   * @param other counts of another group
   * @return the sum
   */
  public PopulationCounts plus(PopulationCounts other) {
    long[] c = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      c[i] += other.counts[i];
    }
    return new PopulationCounts(c);
  }

  /**
   * The sum of many counts.
   *
   * @param all counts
   * @return their sum
   */
  public static PopulationCounts sum(Iterable<PopulationCounts> all) {
    long[] c = new long[SIZE];
    for (PopulationCounts p : all) {
      for (int i = 0; i < SIZE; i++) {
        c[i] += p.counts[i];
      }
    }
    return new PopulationCounts(c);
  }

  /** {@return the number of sessions} */
  public long sessions() {
    return counts[SESSIONS];
  }

  /** {@return the number of sessions that took place (completed, ended early, cut short)} */
  public long held() {
    return counts[HELD];
  }

  /**
   * The number of sessions with a headline.
   *
   * @param headline a headline
   * @return how many sessions had it
   */
  public long headline(Headline headline) {
    return counts[FIRST_HEADLINE + headline.ordinal()];
  }

  /**
   * The number of sessions that reached a rung.
   *
   * @param rung a rung
   * @return how many sessions reached it
   */
  public long rung(Rung rung) {
    return counts[FIRST_RUNG + rung.ordinal()];
  }

  /** {@return the number of sessions with an incident (harm)} */
  public long incidents() {
    return counts[INCIDENTS];
  }

  /** {@return the number of hard days} */
  public long hardDays() {
    return counts[HARD_DAYS];
  }

  /** {@return the number of hard days that reached safety} */
  public long hardDaysThatReachedSafety() {
    return counts[HARD_DAYS_SAFE];
  }

  /** {@return the number of sessions that reached a rung but not goal progress} */
  public long valueWithoutGoalProgress() {
    return counts[VALUE_WITHOUT_PROGRESS];
  }

  /** {@return {@link #valueWithoutGoalProgress()} over {@link #held()}; 0 when none was held} */
  public double shareWithValueWithoutGoalProgress() {
    return held() == 0 ? 0.0 : (double) valueWithoutGoalProgress() / held();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationCounts && Arrays.equals(((PopulationCounts) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "PopulationCounts{sessions=" + sessions() + ", held=" + held() + ", hardDays=" + hardDays()
        + ", incidents=" + incidents() + "}";
  }

  /** {@return the coder of counts} */
  public static CustomCoder<PopulationCounts> coder() {
    return CountsCoder.INSTANCE;
  }

  private static final class CountsCoder extends CustomCoder<PopulationCounts> {
    private static final long serialVersionUID = 1L;
    static final CountsCoder INSTANCE = new CountsCoder();

    @Override
    public void encode(PopulationCounts value, OutputStream out) throws IOException {
      for (long c : value.counts) {
        VarLongCoder.of().encode(c, out);
      }
    }

    @Override
    public PopulationCounts decode(InputStream in) throws IOException {
      long[] c = new long[SIZE];
      for (int i = 0; i < SIZE; i++) {
        c[i] = VarLongCoder.of().decode(in);
      }
      return new PopulationCounts(c);
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
