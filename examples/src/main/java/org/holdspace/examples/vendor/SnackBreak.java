package org.holdspace.examples.vendor;

import org.holdspace.code.Code;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/** ACME EHR's own event: a snack break, with what was eaten, in ACME's own code system. */
@Value.Immutable
@Value.Style(typeImmutable = "Immutable*", jdkOnly = true)
public interface SnackBreak extends SessionEvent {
  /** ACME's code system for snacks. */
  String SNACKS = "https://acme-ehr.example/codes/snack";
  /** Something crunchy. */
  Code CRUNCHY = Code.of(SNACKS, "crunchy", "Crunchy snack");
  /** A drink of water. */
  Code WATER = Code.of(SNACKS, "water", "Water");

  /** A new builder. */
  static ImmutableSnackBreak.Builder builder() {
    return ImmutableSnackBreak.builder();
  }

  /** What the child had. */
  Code snack();
}
