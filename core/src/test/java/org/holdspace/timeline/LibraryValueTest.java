package org.holdspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.testkit.VendorFixtures;
import org.junit.jupiter.api.Test;

/** Writers tell the library's own values from a vendor's implementations. */
class LibraryValueTest {
  @Test
  void theLibrarysEventsAndTheirCopiesAreLibraryValuesAndHandWrittenOnesAreNot() {
    Session s = PublicScenario.HARD_DAY.session();
    assertThat(s.events()).isNotEmpty().allMatch(SessionEvent::isLibraryValue);
    assertThat(s.events().stream().filter(RegulationObservation.class::isInstance)
        .map(e -> ((RegulationObservation) e).withId("copy"))).isNotEmpty().allMatch(SessionEvent::isLibraryValue);
    assertThat(HandWrittenEvents.copyOf(s.events())).noneMatch(SessionEvent::isLibraryValue);
    assertThat(SessionEvent.isLibraryValue(VendorFixtures.HydrationBreak.builder().id("h").at(s.planned().start())
        .millilitres(1).build())).isFalse();
  }

  @Test
  void theLibrarysSessionIsALibraryValueAndAVendorsIsNot() {
    Session s = PublicScenario.HARD_DAY.session();
    assertThat(Session.isLibraryValue(s)).isTrue();
    assertThat(Session.isLibraryValue(s.withEvents(java.util.List.of()))).isTrue();
    assertThat(Session.isLibraryValue(VendorFixtures.ClinicSession.builder().from(s).payerId("p").build())).isFalse();
  }
}
