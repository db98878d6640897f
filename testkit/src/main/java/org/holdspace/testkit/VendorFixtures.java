package org.holdspace.testkit;

import java.util.Optional;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/**
 * What an EHR vendor writes to extend Holdspace: its own session type with extra fields and its
 * own event type, both {@code @Value.Immutable} over the library's interfaces, with a style of
 * the vendor's own (the library's style is internal).
 */
public final class VendorFixtures {
  private VendorFixtures() {}

  /** A vendor's session: the library's session plus a payer id and a free-text referral note. */
  @Value.Immutable
  @Value.Style(typeImmutable = "Vendor*", jdkOnly = true, redactedMask = "<redacted>")
  public interface ClinicSession extends Session {

    /** A new builder. */
    static VendorClinicSession.Builder builder() {
      return VendorClinicSession.builder();
    }

    /** The vendor's payer id. */
    String payerId();

    /** Free text about the child: redacted. */
    @Value.Redacted
    Optional<String> referralNote();
  }

  /** A vendor's event type that the library knows nothing about. */
  @Value.Immutable
  @Value.Style(typeImmutable = "Vendor*", jdkOnly = true)
  public interface HydrationBreak extends SessionEvent {

    /** A new builder. */
    static VendorHydrationBreak.Builder builder() {
      return VendorHydrationBreak.builder();
    }

    /** How much the child drank. */
    int millilitres();
  }
}
