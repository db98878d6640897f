package org.holdspace.examples.vendor;

import org.holdspace.session.Session;
import org.immutables.value.Value;

/** ACME EHR's own session: the library's session plus the payer's authorisation number. */
@Value.Immutable
@Value.Style(typeImmutable = "Immutable*", jdkOnly = true, depluralize = true)
public interface AcmeSession extends Session {

  /** A new builder. */
  static ImmutableAcmeSession.Builder builder() {
    return ImmutableAcmeSession.builder();
  }

  /** The payer's authorisation number for this session (an opaque id). */
  String authorisation();
}
