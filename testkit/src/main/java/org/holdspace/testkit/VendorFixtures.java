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

    /** {@return a new builder} */
    static VendorClinicSession.Builder builder() {
      return VendorClinicSession.builder();
    }

    /** {@return the vendor's payer id} */
    String payerId();

    /** {@return free text about the child: redacted} */
    @Value.Redacted
    Optional<String> referralNote();
  }

  /** A vendor's event type that the library knows nothing about. */
  @Value.Immutable
  @Value.Style(typeImmutable = "Vendor*", jdkOnly = true)
  public interface HydrationBreak extends SessionEvent {

    /** {@return a new builder} */
    static VendorHydrationBreak.Builder builder() {
      return VendorHydrationBreak.builder();
    }

    /** {@return how much the child drank, in millilitres} */
    int millilitres();
  }
}
