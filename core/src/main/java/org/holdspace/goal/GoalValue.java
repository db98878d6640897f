package org.holdspace.goal;

import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.Validated;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link Goal}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class GoalValue implements Goal, Validated {

  /** The generated builder implements it, so that users see only {@link Goal.Builder}. */
  interface Builder extends Goal.Builder {}

  @Override
  @Value.Redacted
  public abstract String description();

  @Override
  @Value.Redacted
  public abstract Optional<String> target();

  @Override
  @Value.Default
  public int gasBaseline() {
    return GasRating.DEFAULT_BASELINE;
  }

  @Override
  @Value.Default
  public double gasWeight() {
    return 1.0;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Goal");
    Goal.check(this, v, "");
    v.throwIfAny();
  }
}
