package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.logcapture.CapturedLogs;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.progress.Progress;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.timeline.Interval;
import org.junit.jupiter.api.Test;

/**
 * End to end: a sentinel in every identifying or free-text field of a session and its goals
 * never reaches a log line (captured at TRACE), an exception message or a {@code toString()};
 * only a parent summary's text holds it, when the caller passes it as the child's name.
 */
class HealthDataPrivacyTest {
  private static final String SENTINEL = "Zq7-Sentinel-Ada";
  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  private static final Interval HOUR = Interval.of(NINE, Duration.ofHours(1));

  private static Session sessionFullOfHealthData() {
    Session s = Session.builder().id("s1").clientId(SENTINEL + "-client").clinicianId(SENTINEL + "-clinician")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(HOUR).actual(HOUR).status(SessionStatus.COMPLETED)
        .addGoal(Goal.builder().id("g1").description(SENTINEL + " description").target(SENTINEL + " target")
            .lifecycleStatus(GoalLifecycleStatus.ACTIVE).build())
        .addEvent(RegulationObservation.builder().id("e1").at(NINE).until(NINE.plusSeconds(900))
            .band(ArousalBand.ESCALATED).build())
        .addEvent(ReadinessAssessment.builder().id("e2").at(NINE.plusSeconds(60)).assessedBy(SENTINEL + "-assessor")
            .level(ReadinessLevel.NOT_READY).build())
        .addEvent(GoalAttempt.builder().id("e3").at(NINE.plusSeconds(120)).goalId("g1").gasLevel(-2).build())
        .addEvent(RegulationObservation.builder().id("e4").at(NINE.plusSeconds(1000)).band(ArousalBand.REGULATED)
            .until(HOUR.end()).build())
        .addEvent(ClinicianNote.builder().id("e5").at(NINE.plusSeconds(1200)).text(SENTINEL + " note").build())
        .build();
    return ClinicSession.builder().from(s).payerId("p1").referralNote(SENTINEL + " referral").build();
  }

  @Test
  void healthDataAppearsOnlyInTheParentSummaryThatWasGivenIt() throws Exception {
    CapturedLogs.clear();
    List<String> mustNotHold = new ArrayList<>();
    Session session = sessionFullOfHealthData();
    mustNotHold.add(session.toString());
    session.goals().forEach(g -> mustNotHold.add(g.toString()));
    session.events().forEach(e -> mustNotHold.add(e.toString()));

    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    mustNotHold.add(assessment.toString());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
      Narrator narrator = Narrator.of(locale);
      narrator.reflections(session, assessment).forEach(st -> {
        mustNotHold.add(st.text());
        mustNotHold.add(st.toString());
      });
      assessment.findings().forEach(f -> mustNotHold.add(narrator.text(f)));
      mustNotHold.add(narrator.parentSummary(session, assessment).draftForClinician());
      ParentSummary named = narrator.parentSummary(session, assessment, SENTINEL);
      assertThat(named.text()).contains(SENTINEL);
      mustNotHold.add(named.toString());
      named.statements().forEach(st -> mustNotHold.add(st.toString()));
    }
    mustNotHold.add(Progress.of(List.of(session, session)).toString());

    HoldspaceJson json = HoldspaceJson.of(VendorCodecs.module());
    byte[] bytes = json.writeSession(session);
    Session back = json.readSession(bytes);
    assertThat(back).isEqualTo(session);
    mustNotHold.add(back.toString());
    mustNotHold.add(json.readAssessment(json.writeAssessment(assessment)).toString());

    String doc = new String(bytes, StandardCharsets.UTF_8);
    List<String> broken = List.of(
        doc.substring(0, doc.indexOf(SENTINEL) + 5),                               // cut inside health data
        doc.replace("\"e5\"", "\"e1\""),                                          // duplicate id
        doc.replace("\"status\":\"completed\"", "\"status\":\"" + SENTINEL + "\""), // bad enum value
        doc.replace("\"description\":\"" + SENTINEL, "\"description\":{\"x\":\"" + SENTINEL + "\"},\"y\":\""),
        doc.replace("\"text\":\"" + SENTINEL, "\"text\":" + SENTINEL + "\""),    // malformed around a note
        doc.replace("\"clientId\":\"", "\"clientId\":\"\\u0001"),                   // control character in an id
        doc.replace("\"payerId\":\"p1\"", "\"payerId\":7"),                         // refused by the vendor's codec
        SENTINEL + doc);
    for (String bad : broken) {
      Throwable t = catchThrowable(() -> json.readSession(bad));
      assertThat(t).as("refused").isInstanceOf(HoldspaceJsonException.class);
      mustNotHold.add(t.getMessage());
      mustNotHold.add(t.toString());
    }
    try (NdjsonReader<Session> lines = json.readSessions(new ByteArrayInputStream(
        String.join("\n", broken).getBytes(StandardCharsets.UTF_8)))) {
      lines.forEachRemaining(line -> mustNotHold.add(line.toString()));
    }

    List<Throwable> invalid = List.of(
        catchThrowable(() -> Goal.builder().id(" ").description(SENTINEL).target(SENTINEL).build()),
        catchThrowable(() -> ClinicianNote.builder().id("n").at(NINE).until(NINE.minusSeconds(1)).text(SENTINEL).build()),
        catchThrowable(() -> Session.builder().from(session).clientId(SENTINEL + "\n").status(SessionStatus.ENDED_EARLY)
            .build()),
        catchThrowable(() -> ReadinessAssessment.builder().id("r").at(NINE).assessedBy(SENTINEL + "\t").build()),
        catchThrowable(() -> Progress.of(List.of(session, Session.builder().from(session).clientId(SENTINEL + "2")
            .build()))));
    for (Throwable t : invalid) {
      assertThat(t).isNotNull();
      mustNotHold.add(t.getMessage());
      mustNotHold.add(t.toString());
    }

    List<String> logs = CapturedLogs.lines();
    assertThat(logs).as("the evaluator logged at DEBUG, captured").anySatisfy(l -> assertThat(l).contains("Evaluated session s1"));
    mustNotHold.addAll(logs);
    assertThat(mustNotHold).allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL).doesNotContain("Zq7"));
  }
}
