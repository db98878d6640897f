package org.holdspace.examples.vendor;

import org.holdspace.session.Session;
import org.holdspace.session.SessionConstraints;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** ACME EHR's own session: the library's session plus the payer's authorisation number. */
@Value.Immutable
@AcmeStyle
public interface AcmeSession extends Session {

  /** @return a new builder */
  static ImmutableAcmeSession.Builder builder() {
    return ImmutableAcmeSession.builder();
  }

  /** @return the payer's authorisation number for this session (an opaque id) */
  String authorisation();

  /** The library's session constraints and ACME's own, every violation in one exception. */
  @Override
  @Value.Check
  default void checkSession() {
    Violations v = Violations.of("AcmeSession");
    v.addAll(SessionConstraints.violationsOf(this), "");
    v.requireId(authorisation(), "authorisation");
    v.throwIfAny();
  }
}
