package org.holdspace.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
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

  /** No history. */
  public static ClientHistory none() {
    return NONE;
  }

  /** A history of the given times to regulate, most recent last. */
  public static ClientHistory of(List<Duration> timesToRegulate) {
    return ImmutableClientHistory.builder().timesToRegulate(timesToRegulate).build();
  }

  /** Times it took to regulate in recent sessions, most recent last. */
  public abstract List<Duration> timesToRegulate();

  /** The median of {@link #timesToRegulate()}, if there is any. */
  public final Optional<Duration> medianTimeToRegulate() {
    List<Duration> sorted = new ArrayList<>(timesToRegulate());
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    sorted.sort(null);
    int mid = sorted.size() / 2;
    return Optional.of(sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ClientHistory");
    v.requireElements(timesToRegulate(), "timesToRegulate");
    v.throwIfAny();
  }
}
