package org.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.testkit.VendorFixtures;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SessionConstraintsTest {
  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  private static final Interval HOUR = Interval.of(NINE, Duration.ofHours(1));

  private static Session.Builder valid() {
    return Session.builder().id("s1").clientId("c1").clinicianId("t1")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(HOUR).actual(HOUR)
        .status(SessionStatus.COMPLETED)
        .addGoal(Goal.builder().id("g1").description("d").lifecycleStatus(GoalLifecycleStatus.ACTIVE).build());
  }

  private static ConnectionObservation connection(String id, Instant at) {
    return ConnectionObservation.builder().id(id).at(at).sign(ConnectionSignCodes.SHARED_ATTENTION).build();
  }

  private static ValidationException refused(Session.Builder b) {
    try {
      b.build();
    } catch (ValidationException e) {
      assertThat(e.typeName()).isEqualTo("Session");
      return e;
    }
    throw new AssertionError("the session was built");
  }

  @Test
  void aMinimalSessionBuilds() {
    Session s = valid().build();
    assertThat(s.events()).isEmpty();
    assertThat(SessionConstraints.violationsOf(s)).isEmpty();
  }

  @Test
  void missingRequiredPartsAreAllReported() {
    ValidationException e = refused(Session.builder());
    assertThat(e.violations()).extracting(v -> v.path())
        .containsExactlyInAnyOrder("id", "clientId", "clinicianId", "discipline", "planned", "status");
  }

  @Test
  void eventBeforeTheSessionStartsIsOutside() {
    ValidationException e = refused(valid().addEvent(connection("e1", NINE.minusSeconds(1))));
    assertThat(e.has(CoreViolation.OUTSIDE_SESSION, "events[0].at")).isTrue();
  }

  @Test
  void eventThatRunsPastTheEndIsOutside() {
    ValidationException e = refused(valid().addEvent(ConnectionObservation.builder().id("e1").at(NINE)
        .until(NINE.plus(Duration.ofMinutes(61))).sign(ConnectionSignCodes.SHARED_ATTENTION).build()));
    assertThat(e.has(CoreViolation.OUTSIDE_SESSION, "events[0].until")).isTrue();
  }

  @Test
  void eventsAtTheVeryEdgesAreInside() {
    assertThat(valid().addEvent(connection("e1", NINE)).addEvent(connection("e2", NINE.plusSeconds(3600)))
        .build().events()).hasSize(2);
  }

  @Test
  void duplicateEventIdIsReportedAtItsSecondUse() {
    ValidationException e = refused(valid().addEvent(connection("e1", NINE)).addEvent(connection("e2", NINE))
        .addEvent(connection("e1", NINE)));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.has(CoreViolation.DUPLICATE_ID, "events[2].id")).isTrue();
  }

  @Test
  void duplicateGoalIdIsRefused() {
    ValidationException e = refused(valid()
        .addGoal(Goal.builder().id("g1").description("e").lifecycleStatus(GoalLifecycleStatus.ACTIVE).build()));
    assertThat(e.has(CoreViolation.DUPLICATE_ID, "goals[1].id")).isTrue();
  }

  @Test
  void attemptAtAGoalOutsideTheSessionsGoalsIsRefused() {
    ValidationException e = refused(valid().addEvent(GoalAttempt.builder().id("e1").at(NINE).goalId("g9").build()));
    assertThat(e.has(CoreViolation.UNKNOWN_GOAL, "events[0].goalId")).isTrue();
  }

  @Test
  void everyStatusButCompletedNeedsAReason() {
    for (SessionStatus status : SessionStatus.values()) {
      Session.Builder b = valid().status(status);
      if (!status.isHeld()) {
        b.actual(java.util.Optional.empty());
      }
      if (status == SessionStatus.COMPLETED) {
        assertThat(b.build().endReason()).isEmpty();
      } else {
        assertThat(refused(b).has(CoreViolation.END_REASON_REQUIRED, "endReason")).as(status.name()).isTrue();
        assertThat(b.endReason(EndReasonCodes.ILLNESS).build().status()).isEqualTo(status);
      }
    }
  }

  @Test
  void aSessionThatTookPlaceNeedsItsActualTime() {
    ValidationException e = refused(valid().actual(java.util.Optional.empty()));
    assertThat(e.has(CoreViolation.ACTUAL_TIME_REQUIRED, "actual")).isTrue();
  }

  @Test
  void aCancelledSessionHasNoActualTimeAndNoEvents() {
    ValidationException e = refused(valid().status(SessionStatus.CANCELLED).endReason(EndReasonCodes.ILLNESS)
        .addEvent(connection("e1", NINE)));
    assertThat(e.has(CoreViolation.NOT_HELD, "actual")).isTrue();
    assertThat(e.has(CoreViolation.NOT_HELD, "events")).isTrue();
  }

  @Test
  void aVendorEventThatEndsBeforeItStartsIsCaughtByTheSession() {
    ValidationException e = refused(valid().addEvent(VendorFixtures.HydrationBreak.builder().id("e1")
        .at(NINE.plusSeconds(60)).until(NINE).millilitres(100).build()));
    assertThat(e.has(CoreViolation.END_BEFORE_START, "events[0].until")).isTrue();
  }

  @Test
  void aVendorEventWithABlankIdIsCaughtByTheSession() {
    ValidationException e = refused(valid().addEvent(VendorFixtures.HydrationBreak.builder().id(" ")
        .at(NINE).millilitres(100).build()));
    assertThat(e.has(CoreViolation.BLANK, "events[0].id")).isTrue();
  }

  @Test
  void severalProblemsAreReportedTogetherInOneException() {
    ValidationException e = refused(valid().clientId("")
        .addEvent(connection("e1", NINE.minusSeconds(60)))
        .addEvent(connection("e1", NINE))
        .addEvent(GoalAttempt.builder().id("e3").at(NINE).goalId("nope").build()));
    assertThat(e.violations()).extracting(v -> v.code().code() + "@" + v.path()).containsExactly(
        "text.blank@clientId",
        "time.outside-session@events[0].at",
        "id.duplicate@events[1].id",
        "goal.unknown@events[2].goalId");
    assertThat(e.getMessage()).startsWith("Invalid Session (4 violations): clientId: must not be blank");
  }

  @Test
  void nullsInsideTheEventAndGoalListsAreReportedWhereTheyAre() {
    ValidationException e = refused(valid().addEvent(connection("e1", NINE))
        .addEvent((org.holdspace.timeline.SessionEvent) null).addGoal((Goal) null));
    assertThat(e.violations()).extracting(v -> v.code().code() + "@" + v.path())
        .containsExactly("value.required@goals[1]", "value.required@events[1]");
  }
}
