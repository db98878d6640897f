package org.holdspace.incident;

import org.holdspace.internal.EventValue;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link IncidentRecord}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class IncidentRecordValue extends EventValue implements IncidentRecord {

  /** The generated builder implements it, so that users see only {@link IncidentRecord.Builder}. */
  interface Builder extends IncidentRecord.Builder {}

  @Override
  @Value.Redacted
  public abstract java.util.Optional<String> account();

  @Value.Check
  void check() {
    Violations v = Violations.of("IncidentRecord");
    IncidentRecord.check(this, v, "");
    v.throwIfAny();
  }
}
