package org.holdspace.goal;

import java.util.OptionalInt;
import org.holdspace.internal.EventValue;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.Traits;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link GoalAttempt}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class GoalAttemptValue extends EventValue implements GoalAttempt {

  /** The generated builder implements it, so that users see only {@link GoalAttempt.Builder}. */
  interface Builder extends GoalAttempt.Builder {}

  @Override
  public abstract OptionalInt opportunities();

  @Override
  public abstract OptionalInt correctResponses();

  @Override
  protected int encodeTraits() {
    return Traits.withLevel(Traits.of(outcome()), gasLevel());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("GoalAttempt");
    GoalAttempt.check(this, v, "");
    v.throwIfAny();
  }
}
