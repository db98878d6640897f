package org.holdspace.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.ArousalSide;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final Instant FIRST = Instant.parse("2026-01-05T09:00:00Z");

  /** Week {@code week}: distressed on arrival, regulated after {@code minutes}, readiness {@code level}. */
  private static Session week(int week, int minutes, ReadinessLevel level, SupportEffect pressure) {
    Instant start = FIRST.plus(Duration.ofDays(7L * week));
    Interval hour = Interval.of(start, Duration.ofHours(1));
    return Session.builder().id("s" + week).clientId("c-1").clinicianId("t-1")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(hour).actual(hour).status(SessionStatus.COMPLETED)
        .addEvent(RegulationObservation.builder().id("r1").at(start).until(start.plus(Duration.ofMinutes(minutes)))
            .band(ArousalBand.ESCALATED).build())
        .addEvent(RegulationObservation.builder().id("r2").at(start.plus(Duration.ofMinutes(minutes)))
            .until(hour.end()).band(ArousalBand.REGULATED).build())
        .addEvent(SensorySupport.builder().id("p").at(start.plusSeconds(60)).support(SensorySupportCodes.DEEP_PRESSURE)
            .response(SupportResponse.ACCEPTED).effect(pressure).build())
        .addEvent(SensorySupport.builder().id("f").at(start.plusSeconds(30)).support(SensorySupportCodes.FIDGET)
            .response(SupportResponse.DECLINED).build())
        .addEvent(ReadinessAssessment.builder().id("q").at(hour.end()).assessedBy("t-1").level(level).build())
        .build();
  }

  private static List<Session> tenWeeksOfSettlingFaster() {
    List<Session> sessions = new ArrayList<>();
    ReadinessLevel[] levels = {ReadinessLevel.NOT_READY, ReadinessLevel.NOT_READY, ReadinessLevel.EMERGING,
        ReadinessLevel.NOT_READY, ReadinessLevel.EMERGING, ReadinessLevel.EMERGING, ReadinessLevel.READY,
        ReadinessLevel.EMERGING, ReadinessLevel.READY, ReadinessLevel.READY};
    for (int w = 0; w < 10; w++) {
      sessions.add(week(w, 45 - 4 * w, levels[w], w % 3 == 0 ? SupportEffect.NO_VISIBLE_CHANGE : SupportEffect.HELPED));
    }
    return sessions;
  }

  @Test
  void settlingFasterShowsAsShorterTimeToRegulateAndRisingReadiness() {
    List<Session> sessions = tenWeeksOfSettlingFaster();
    Collections.reverse(sessions); // any order in, time order out
    ProgressReport report = Progress.of(sessions);
    assertThat(report.clientId()).isEqualTo("c-1");
    assertThat(report.sessions()).extracting(SessionProgress::sessionId)
        .containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");
    assertThat(report.sessions().get(0).timeToRegulate()).contains(Duration.ofMinutes(45));
    assertThat(report.sessions().get(9).timeToRegulate()).contains(Duration.ofMinutes(9));
    assertThat(report.sessions().get(9).regulatedShare().getAsDouble()).isEqualTo(51 / 60.0);
    assertThat(report.timeToRegulate()).isEqualTo(Direction.DOWN);
    assertThat(report.regulatedShare()).isEqualTo(Direction.UP);
    assertThat(report.readiness()).isEqualTo(Direction.UP);
  }

  @Test
  void supportProfileListsTheMostOfferedFirstAndTiesInOrderOfFirstUse() {
    // week 0 offers deep pressure only, weeks 1-9 both (the fidget 30 s in, pressure 60 s in),
    // week 10 the fidget only: ten offers each, a tie, and deep pressure was used first in time
    List<Session> weeks = new ArrayList<>(tenWeeksOfSettlingFaster());
    weeks.set(0, without(weeks.get(0), "f"));
    weeks.add(without(week(10, 20, ReadinessLevel.READY, SupportEffect.HELPED), "p"));
    Collections.reverse(weeks); // given latest first: the order given does not decide, time does
    assertThat(Progress.of(weeks).supportProfile()).extracting(t -> t.support().code())
        .containsExactly(SensorySupportCodes.DEEP_PRESSURE.code(), SensorySupportCodes.FIDGET.code());
    // one more week with the fidget only: offered more often, it comes first
    weeks.add(without(week(11, 20, ReadinessLevel.READY, SupportEffect.HELPED), "p"));
    assertThat(Progress.of(weeks).supportProfile()).extracting(t -> t.support().code())
        .containsExactly(SensorySupportCodes.FIDGET.code(), SensorySupportCodes.DEEP_PRESSURE.code());
  }

  private static Session without(Session s, String eventId) {
    return s.withEvents(s.events().stream().filter(e -> !e.id().equals(eventId)).toList());
  }

  @Test
  void supportProfileTalliesWhatHelpedAndWhatDidNot() {
    ProgressReport report = Progress.of(tenWeeksOfSettlingFaster());
    assertThat(report.supportProfile()).hasSize(2);
    SupportTally pressure = report.supportProfile().stream()
        .filter(t -> t.support().isSameConcept(SensorySupportCodes.DEEP_PRESSURE)).findFirst().get();
    assertThat(pressure.stateAtOffer()).contains(ArousalSide.HIGH);
    assertThat(pressure.offered()).isEqualTo(10);
    assertThat(pressure.accepted()).isEqualTo(10);
    assertThat(pressure.helped()).isEqualTo(6);
    // reported as helping six times; only in week 8 did regulation come within 15 minutes
    assertThat(pressure.helpedCorroborated()).isEqualTo(1);
    assertThat(pressure.noVisibleChange()).isEqualTo(4);
    assertThat(pressure.helpRate().getAsDouble()).isEqualTo(0.6);
    SupportTally fidget = report.supportProfile().stream()
        .filter(t -> t.support().isSameConcept(SensorySupportCodes.FIDGET)).findFirst().get();
    assertThat(fidget.declined()).isEqualTo(10);
    assertThat(fidget.noVisibleChange()).as("declined is not 'no visible change'").isZero();
    assertThat(fidget.unclear()).isZero();
    assertThat(fidget.helpRate()).isEmpty();
  }

  @Test
  void aSessionThatNeverRegulatedCountsAsTheWholeSessionAndIsNeverDropped() {
    List<Session> sessions = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      Session s = week(w, 20 + 2 * w, ReadinessLevel.EMERGING, SupportEffect.HELPED);
      if (w >= 3) {
        // getting worse: the child never regulates in the later weeks
        List<org.holdspace.timeline.SessionEvent> events = new ArrayList<>(s.events());
        events.removeIf(e -> e.id().equals("r2"));
        s = Session.builder().from(s).events(events).build();
      }
      sessions.add(s);
    }
    ProgressReport report = Progress.of(sessions);
    assertThat(report.sessions()).hasSize(6);
    assertThat(report.sessions().get(5).neverRegulated()).isTrue();
    assertThat(report.sessions().get(5).timeToRegulate()).contains(Duration.ofHours(1));
    assertThat(report.sessions().get(0).neverRegulated()).isFalse();
    assertThat(report.timeToRegulate()).as("taking longer, never quicker").isEqualTo(Direction.UP);
  }

  @Test
  void theSupportProfileCountsEffectsByTheStateAtTheOffer() {
    Session s = week(0, 30, ReadinessLevel.EMERGING, SupportEffect.HELPED);
    Instant calm = s.actual().get().start().plus(Duration.ofMinutes(40));
    Session more = Session.builder().from(s)
        .addEvent(SensorySupport.builder().id("p2").at(calm).support(SensorySupportCodes.DEEP_PRESSURE)
            .response(SupportResponse.ACCEPTED).effect(SupportEffect.NO_VISIBLE_CHANGE).build())
        .build();
    ProgressReport report = Progress.of(List.of(more));
    assertThat(report.supportProfile()).filteredOn(t -> t.support().isSameConcept(SensorySupportCodes.DEEP_PRESSURE))
        .extracting(t -> t.stateAtOffer().get(), SupportTally::helped, SupportTally::noVisibleChange)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ArousalSide.HIGH, 1, 0),
            org.assertj.core.groups.Tuple.tuple(ArousalSide.REGULATED, 0, 1));
  }

  @Test
  void fewerThanFourSessionsIsNotEnoughToCallADirection() {
    ProgressReport report = Progress.of(tenWeeksOfSettlingFaster().subList(0, 3));
    assertThat(report.timeToRegulate()).isEqualTo(Direction.NOT_ENOUGH_DATA);
    assertThat(report.readiness()).isEqualTo(Direction.NOT_ENOUGH_DATA);
  }

  @Test
  void sessionsNotHeldAreListedAndMeasureNothing() {
    Session s = PublicScenario.STEADY_SESSION.session();
    Session cancelled = Session.builder().from(s).id("cancelled").status(SessionStatus.NO_SHOW)
        .endReason(EndReasonCodes.TRANSPORT).actual(java.util.Optional.empty()).events(List.of()).build();
    ProgressReport report = Progress.of(List.of(s, cancelled));
    assertThat(report.notHeld()).containsExactly("cancelled");
    assertThat(report.sessions()).hasSize(1);
  }

  @Test
  void sessionsOfAnotherChildAreRefused() {
    List<Session> sessions = new ArrayList<>(tenWeeksOfSettlingFaster().subList(0, 2));
    sessions.add(Session.builder().from(sessions.get(0)).clientId("c-2").build());
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Progress.of(sessions));
    assertThat(e.has(CoreViolation.MIXED_CLIENTS, "sessions[2].clientId")).isTrue();
    assertThat(e.getMessage()).doesNotContain("c-2");
  }
}
