package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.junit.jupiter.api.Test;

/** Extreme but valid values survive a round trip. */
class ExtremeValuesTest {
  private static final HoldspaceJson JSON = HoldspaceJson.standard();

  private static Session around(Instant start, Duration length, String id, String text, double weight, int events) {
    Interval span = Interval.of(start, length);
    Session.Builder b = Session.builder().id(id).clientId(id).clinicianId(id)
        .discipline(Code.of(id, id, text)).planned(span).actual(span).status(SessionStatus.COMPLETED)
        .addGoal(Goal.builder().id(id).description(text).target(text).lifecycleStatus(GoalLifecycleStatus.ACTIVE)
            .gasWeight(weight).build());
    for (int i = 0; i < events; i++) {
      b.addEvent(i % 2 == 0
          ? ClinicianNote.builder().id("n" + i).at(span.start()).until(span.end()).text(text).build()
          : GoalAttempt.builder().id("g" + i).at(span.end()).goalId(id).gasLevel(i % 5 - 2).build());
    }
    return b.build();
  }

  @Test
  void extremesRoundTrip() throws Exception {
    String longId = "x".repeat(256);
    String unicode = "\uD83D\uDE00 \uD800 lone \uDC00 \u202Eright-to-left\u202C \u0000 \n\t\" \\ \uFFFF \u00e9\u0301 \uDBFF\uDFFF";
    List<Session> sessions = List.of(
        around(Interval.EARLIEST, Duration.ofHours(1), "a", "", 1e-300, 3),
        around(Interval.LATEST.minusSeconds(3600), Duration.ofHours(1), "b", unicode, GasRating.MAX_WEIGHT, 3),
        around(Instant.parse("2026-03-02T09:00:00.123456789Z"), Duration.ZERO, longId, unicode.repeat(1000), 0.1, 2),
        around(Instant.EPOCH, Duration.ofDays(365 * 100L), "d", "t", Double.MIN_VALUE, 20_000));
    for (Session s : sessions) {
      assertThat(JSON.readSession(JSON.writeSession(s))).isEqualTo(s);
    }
  }
}
