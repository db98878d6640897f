package org.holdspace.demand;

import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * An activity during the session and the demand it placed on the child.
 *
 * <pre>{@code
 * Activity puzzle = Activity.builder().id("e2").at(t).until(t.plusSeconds(600))
 *     .activity(ActivityCodes.TABLE_TASK).demand(DemandLevel.HIGH).build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class Activity implements SessionEvent {

  Activity() {}

  /** A new builder. */
  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  /** What the activity was, for example {@link ActivityCodes#FREE_PLAY}. */
  public abstract Code activity();

  /** The demand it placed on the child. */
  public abstract DemandLevel demand();

  @Value.Check
  void check() {
    Violations v = Violations.of("Activity");
    EventConstraints.check(this, v, "");
    v.require(activity(), "activity");
    v.require(demand(), "demand");
    v.throwIfAny();
  }
}
