package org.holdspace.session;

import java.util.Locale;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.immutables.value.Value;

/** The library's own {@link Session}; generated, not public. Build it with {@link Session#builder()}. */
@Value.Immutable
@HoldspaceStyle
abstract class TherapySession implements Session {

  /** The generated builder implements it, so that users see only {@link Session.Builder}. */
  interface Builder extends Session.Builder {}

  @Override
  public abstract Optional<Locale> familyLanguage();

  @Override
  public abstract Optional<Boolean> interpreterUsed();
}
