package org.holdspace.timeline;

import java.time.Instant;
import java.util.Optional;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * The constraints every {@link SessionEvent} meets on its own: an id, a time, and an end that is
 * not before its start. The library's event types apply them when built; a vendor event type may
 * call {@link #check} from its own {@code @Value.Check} (sessions apply them to every event they
 * hold in any case).
 *
 * <pre>{@code
 * @Value.Immutable
 * public interface MedicationGiven extends SessionEvent {
 *   Code medication();
 *
 *   @Value.Check
 *   default void checkMedicationGiven() {
 *     Violations v = Violations.of("MedicationGiven");
 *     EventConstraints.check(this, v, "");
 *     v.require(medication(), "medication");
 *     v.throwIfAny();
 *   }
 * }
 * }</pre>
 */
public final class EventConstraints {
  private EventConstraints() {}

  /**
   * Whether {@code event}'s id and times are valid, checked without allocating; {@link #check}
   * says what is wrong when they are not.
   *
   * @param event an event
   * @return whether its id and times are valid
   */
  public static boolean isValid(SessionEvent event) {
    String id = event.id();
    return id != null && Violations.isValidId(id) && hasValidTimes(event);
  }

  /**
   * Whether {@code event} has a start, and an end that is absent or not before it; allocates nothing.
   *
   * @param event an event
   * @return whether its times are valid
   */
  public static boolean hasValidTimes(SessionEvent event) {
    Instant at = event.at();
    Optional<Instant> until = event.until();
    return at != null && until != null && Interval.isInRange(at)
        && (until.isEmpty() || (!until.get().isBefore(at) && Interval.isInRange(until.get())));
  }

  /**
   * Records in {@code violations} what is wrong with {@code event}'s id and times.
   *
   * @param event the event to check
   * @param violations where to record what is wrong
   * @param prefix the path of the event, for example {@code events[3]}, or empty
   */
  public static void check(SessionEvent event, Violations violations, String prefix) {
    String p = prefix.isEmpty() ? "" : prefix + ".";
    violations.requireId(event.id(), p + "id");
    boolean hasStart = violations.require(event.at(), p + "at");
    boolean hasUntil = violations.require(event.until(), p + "until");
    if (hasStart && !Interval.isInRange(event.at())) {
      violations.add(CoreViolation.TIME_OUT_OF_RANGE, p + "at");
      hasStart = false;
    }
    if (hasUntil && event.until().isPresent() && !Interval.isInRange(event.until().get())) {
      violations.add(CoreViolation.TIME_OUT_OF_RANGE, p + "until");
      hasUntil = false;
    }
    if (hasStart && hasUntil && event.until().isPresent() && event.until().get().isBefore(event.at())) {
      violations.add(CoreViolation.END_BEFORE_START, p + "until");
    }
  }
}
