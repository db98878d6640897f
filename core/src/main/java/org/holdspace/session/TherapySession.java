package org.holdspace.session;

import org.holdspace.internal.HoldspaceStyle;
import org.immutables.value.Value;

/**
 * The library's own {@link Session}. Build it with {@link Session#builder()}; change a copy with
 * the generated {@code with*} methods of {@link ImmutableTherapySession}.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class TherapySession implements Session {
  TherapySession() {}
}
