package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.util.List;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.junit.jupiter.api.Test;

/** A vendor's own implementation of each library event kind travels as that kind when registered, and fails loudly when not. */
class HandWrittenEventsTest {
  private static final HoldspaceJson REGISTERED = HoldspaceJson.of(HoldspaceModule.builder()
      .addLibraryKind(HandWrittenEvents.Regulation.class, RegulationObservation.class)
      .addLibraryKind(HandWrittenEvents.Support.class, SensorySupport.class)
      .addLibraryKind(HandWrittenEvents.Task.class, Activity.class)
      .addLibraryKind(HandWrittenEvents.Surroundings.class, EnvironmentFactor.class)
      .addLibraryKind(HandWrittenEvents.Readiness.class, ReadinessAssessment.class)
      .addLibraryKind(HandWrittenEvents.Attempt.class, GoalAttempt.class)
      .addLibraryKind(HandWrittenEvents.Connection.class, ConnectionObservation.class)
      .addLibraryKind(HandWrittenEvents.Note.class, ClinicianNote.class)
      .addLibraryKind(HandWrittenEvents.Report.class, org.holdspace.caregiver.CaregiverReport.class)
      .addLibraryKind(HandWrittenEvents.Caregiver.class, org.holdspace.caregiver.CaregiverPresence.class)
      .addLibraryKind(HandWrittenEvents.Coaching.class, org.holdspace.caregiver.CaregiverCoaching.class)
      .addLibraryKind(HandWrittenEvents.Incident.class, org.holdspace.incident.IncidentRecord.class)
      .addLibraryKind(HandWrittenEvents.HandedOver.class, org.holdspace.caregiver.Handover.class)
      .build());

  @Test
  void registeredHandWrittenEventsAreWrittenExactlyAsTheLibrarysOwn() {
    qt(200).forAll(Generators.heldSessions().map(s -> s.withEvents(s.events().stream()
            .filter(e -> !(e instanceof org.holdspace.testkit.VendorFixtures.HydrationBreak))
            .collect(java.util.stream.Collectors.toList()))))
        .checkAssert(s -> {
          Session byHand = s.withEvents(HandWrittenEvents.copyOf(s.events()));
          try {
            byte[] json = REGISTERED.writeSession(byHand);
            assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(REGISTERED.writeSession(s), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(REGISTERED.readSession(json)).isEqualTo(s);
          } catch (HoldspaceJsonException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void anUnregisteredHandWrittenEventFailsLoudly() {
    Session a = PublicScenario.HARD_DAY.session();
    Session byHand = a.withEvents(List.of(HandWrittenEvents.copyOf(a.events().get(0))));
    assertThatThrownBy(() -> HoldspaceJson.standard().writeSession(byHand)).isInstanceOf(HoldspaceJsonException.class)
        .hasMessageContaining("addLibraryKind")
        .satisfies(e -> assertThat(((HoldspaceJsonException) e).problem()).isEqualTo(HoldspaceJsonException.Problem.NOT_WRITABLE));
  }

  @Test
  void registeringAClassAsAKindItDoesNotImplementIsRefused() {
    assertThatThrownBy(() -> HoldspaceModule.builder().addLibraryKind(
        (Class) HandWrittenEvents.Note.class, (Class) RegulationObservation.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
