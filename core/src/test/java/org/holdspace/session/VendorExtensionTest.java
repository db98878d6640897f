package org.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.holdspace.testkit.VendorClinicSession;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A vendor's own session subtype and event type, written as a vendor would, work with core. */
class VendorExtensionTest {

  @Test
  void vendorSessionCarriesItsOwnFieldsAndAVendorEvent() {
    Session hardDay = PublicScenario.HARD_DAY.session();
    Instant t = hardDay.actual().get().start().plus(Duration.ofMinutes(30));
    ClinicSession vendor = ClinicSession.builder()
        .from(hardDay)
        .payerId("payer-17")
        .referralNote("referred by school")
        .addEvents(HydrationBreak.builder().id("v1").at(t).millilitres(120).build())
        .build();
    assertThat(vendor.payerId()).isEqualTo("payer-17");
    assertThat(vendor.events()).hasSize(hardDay.events().size() + 1);
    assertThat(vendor.events()).last().isInstanceOf(HydrationBreak.class);
    assertThat(SessionConstraints.violationsOf(vendor)).isEmpty();
  }

  @Test
  void vendorSessionsAreValidatedByTheLibrarysConstraintsWhenBuilt() {
    Interval hour = Interval.of(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofHours(1));
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> ClinicSession.builder()
        .id("s1").clientId("c1").clinicianId("t1").discipline(DisciplineCodes.PLAY_THERAPY)
        .planned(hour).actual(hour).status(SessionStatus.CUT_SHORT).payerId("p")
        .addEvents(HydrationBreak.builder().id("v1").at(hour.start().minusSeconds(60)).millilitres(1).build())
        .build());
    assertThat(e).isNotNull();
    assertThat(e.has(CoreViolation.END_REASON_REQUIRED, "endReason")).isTrue();
    assertThat(e.has(CoreViolation.OUTSIDE_SESSION, "events[0].at")).isTrue();
  }

  @Test
  void generatedVendorSessionsAreValidAndKeepTheirVendorType() {
    qt(200).forAll(Generators.vendorSessions()).checkAssert(s -> {
      assertThat(s).isInstanceOf(VendorClinicSession.class);
      assertThat(SessionConstraints.violationsOf(s)).isEmpty();
    });
  }
}
