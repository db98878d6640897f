package org.holdspace.session;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link ClinicianNote}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class ClinicianNoteValue extends EventValue implements ClinicianNote {

  /** The generated builder implements it, so that users see only {@link ClinicianNote.Builder}. */
  interface Builder extends ClinicianNote.Builder {}

  @Override
  @Value.Redacted
  public abstract String text();

  @Value.Check
  void check() {
    Violations v = Violations.of("ClinicianNote");
    ClinicianNote.check(this, v, "");
    v.throwIfAny();
  }
}
