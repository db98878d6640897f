package org.holdspace.examples.vendor;

import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** ACME EHR's own event: a snack break, with what was eaten, in ACME's own code system. */
@Value.Immutable
@AcmeStyle
public interface SnackBreak extends SessionEvent {
  /** ACME's code system for snacks. */
  String SNACKS = "https://acme-ehr.example/codes/snack";
  /** Something crunchy. */
  Code CRUNCHY = Code.of(SNACKS, "crunchy", "Crunchy snack");
  /** A drink of water. */
  Code WATER = Code.of(SNACKS, "water", "Water");

  /** @return a new builder */
  static ImmutableSnackBreak.Builder builder() {
    return ImmutableSnackBreak.builder();
  }

  /** @return what the child had */
  Code snack();

  /** Every violation at once: the event's id and times, and ACME's field. */
  @Value.Check
  default void checkSnackBreak() {
    Violations v = Violations.of("SnackBreak");
    EventConstraints.check(this, v, "");
    v.require(snack(), "snack");
    v.throwIfAny();
  }
}
