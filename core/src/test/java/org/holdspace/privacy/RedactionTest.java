package org.holdspace.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.timeline.Interval;
import org.junit.jupiter.api.Test;

/**
 * Free text about a child (goal descriptions and targets, clinician notes, a vendor's redacted
 * fields) never appears in {@code toString()} or in an exception message.
 */
class RedactionTest {
  private static final String SENTINEL = "Zq7-SENTINEL-Ada-Lovelace-2019-04-01";
  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  private static final Interval HOUR = Interval.of(NINE, Duration.ofHours(1));

  private static Goal goal(String id) {
    return Goal.builder().id(id).description(SENTINEL).target(SENTINEL)
        .lifecycleStatus(GoalLifecycleStatus.ACTIVE).build();
  }

  private static ClinicianNote note(String id, Instant at) {
    return ClinicianNote.builder().id(id).at(at).text(SENTINEL).build();
  }

  @Test
  void freeTextIsRedactedInEveryToString() {
    Goal goal = goal("g1");
    ClinicianNote note = note("n1", NINE);
    Session session = Session.builder().id("s1").clientId("c1").clinicianId("t1")
        .discipline(DisciplineCodes.SPEECH_AND_LANGUAGE_THERAPY).planned(HOUR).actual(HOUR)
        .status(SessionStatus.COMPLETED).addGoal(goal).addEvent(note).build();
    ClinicSession vendor = ClinicSession.builder().from(session).payerId("p1").referralNote(SENTINEL).build();
    List<String> shown = List.of(goal.toString(), note.toString(), session.toString(), vendor.toString());
    assertThat(shown).allSatisfy(s -> assertThat(s).doesNotContain(SENTINEL).doesNotContain("Ada"));
    assertThat(goal.toString()).contains("description=***");
    assertThat(note.toString()).contains("text=***");
  }

  @Test
  void freeTextNeverReachesAnExceptionMessage() {
    List<Throwable> thrown = new ArrayList<>();
    thrown.add(catchThrowable(() -> Goal.builder().id(" ").description(SENTINEL).target(SENTINEL).build()));
    thrown.add(catchThrowable(() -> ClinicianNote.builder().id("n1").text(SENTINEL).build()));
    thrown.add(catchThrowable(() -> Session.builder().id("s1").clientId("c1").clinicianId("t1")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(HOUR).actual(HOUR).status(SessionStatus.ENDED_EARLY)
        .addGoal(goal("g1")).addGoal(goal("g1"))
        .addEvent(note("n1", NINE.minusSeconds(5))).addEvent(note("n1", NINE))
        .build()));
    thrown.add(catchThrowable(() -> ClinicSession.builder().id("s1").clientId("c1").clinicianId("t1")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(HOUR).status(SessionStatus.COMPLETED)
        .payerId("p").referralNote(SENTINEL).addEvents(note("n1", NINE)).build()));
    assertThat(thrown).hasSize(4).allSatisfy(t -> {
      assertThat(t).isNotNull();
      assertThat(t.getMessage()).doesNotContain(SENTINEL);
      assertThat(t.toString()).doesNotContain(SENTINEL);
    });
  }
}
