package org.holdspace.session;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A free-text note by the clinician on the timeline. The text is health information about a
 * child: it is redacted in {@code toString()}, never logged, and never read by the evaluators.
 *
 * <pre>{@code
 * ClinicianNote note = ClinicianNote.builder().id("n1").at(t).text("Calmer after the swing").build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ClinicianNote implements SessionEvent {

  ClinicianNote() {}

  /** A new builder. */
  public static ImmutableClinicianNote.Builder builder() {
    return ImmutableClinicianNote.builder();
  }

  /** The note; redacted in {@code toString()}. */
  @Value.Redacted
  public abstract String text();

  @Value.Check
  void check() {
    Violations v = Violations.of("ClinicianNote");
    EventConstraints.check(this, v, "");
    v.require(text(), "text");
    v.throwIfAny();
  }
}
