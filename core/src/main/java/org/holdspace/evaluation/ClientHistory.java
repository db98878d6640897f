package org.holdspace.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * What is known of the child's recent sessions, for the rules that compare a session with them:
 * the times it took to regulate, most recent last.
 *
 * <pre>{@code
 * ClientHistory history = ClientHistory.of(List.of(Duration.ofMinutes(12), Duration.ofMinutes(9)));
 * Assessment a = evaluator.evaluate(session, history);
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ClientHistory {
  private static final ClientHistory NONE = ImmutableClientHistory.builder().build();

  ClientHistory() {}

  /** {@return no history} */
  public static ClientHistory none() {
    return NONE;
  }

  /**
   * A history of the given times to regulate, most recent last.
   *
   * @param timesToRegulate times to regulate of earlier sessions, each at most a day
   * @return the history
   */
  public static ClientHistory of(List<Duration> timesToRegulate) {
    return ImmutableClientHistory.builder().timesToRegulate(timesToRegulate).build();
  }

  /** @return times it took to regulate in recent sessions, most recent last; each from zero to {@link #MAX_TIME_TO_REGULATE} */
  public abstract List<Duration> timesToRegulate();

  /** {@return the median of {@link #timesToRegulate()}, if there is any} */
  public final Optional<Duration> medianTimeToRegulate() {
    List<Duration> sorted = new ArrayList<>(timesToRegulate());
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    sorted.sort(null);
    int mid = sorted.size() / 2;
    return Optional.of(sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
  }

  /** The longest time to regulate a history may hold: one day. */
  public static final Duration MAX_TIME_TO_REGULATE = Duration.ofDays(1);

  @Value.Check
  void check() {
    Violations v = Violations.of("ClientHistory");
    if (v.requireElements(timesToRegulate(), "timesToRegulate")) {
      for (int i = 0; i < timesToRegulate().size(); i++) {
        Duration d = timesToRegulate().get(i);
        if (d.isNegative() || d.compareTo(MAX_TIME_TO_REGULATE) > 0) {
          v.add(CoreViolation.OUT_OF_RANGE, "timesToRegulate[" + i + "]");
        }
      }
    }
    v.throwIfAny();
  }
}
