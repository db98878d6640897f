package org.holdspace.json;

import java.time.Instant;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAchievementStatus;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * What reading goes on with after a nested value was refused, so that the rest of the document is
 * read and every violation in it reported at once: values that carry what the enclosing value
 * checks (an event's id and times, a goal's id) and nothing else. A document in which one was used
 * is always refused at its end ({@link DocumentViolations}), so no stand-in ever leaves the reader.
 */
final class StandIns {
  /** A code that is valid, for a refused one: the enclosing value checks nothing of its content. */
  static final Code CODE = Code.of("urn:holdspace:refused", "refused");

  private StandIns() {}

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** An interval from the earlier to the later of two instants, each within the years the library takes, for a refused one. */
  static Interval interval(Instant a, Instant b) {
    Instant x = clamp(a);
    Instant y = clamp(b);
    return x.isAfter(y) ? Interval.of(y, x) : Interval.of(x, y);
  }

  /** {@code t}, or the nearest instant within the years the library takes. */
  static Instant clamp(Instant t) {
    return t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
  }

  /** An event of no library kind with the refused event's id and times, which its session checks. */
  static SessionEvent event(String id, Instant at, Optional<Instant> until) {
    return new UnrecognizedEvent("refused", id, at, until, "{}");
  }

  /** A goal with the refused goal's id, which the session and its attempts check, and valid placeholders. */
  static Goal goal(String id) {
    return new RefusedGoal(id);
  }

  private static final class RefusedGoal implements Goal {
    private final String id;

    RefusedGoal(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "refused";
    }

    @Override
    public Optional<String> target() {
      return Optional.empty();
    }

    @Override
    public GoalLifecycleStatus lifecycleStatus() {
      return GoalLifecycleStatus.ACCEPTED;
    }

    @Override
    public Optional<GoalAchievementStatus> achievementStatus() {
      return Optional.empty();
    }

    @Override
    public int gasBaseline() {
      return -1;
    }

    @Override
    public double gasWeight() {
      return 1;
    }

    @Override
    public String toString() {
      return "RefusedGoal";
    }
  }
}
