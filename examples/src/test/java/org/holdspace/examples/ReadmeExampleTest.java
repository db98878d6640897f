package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.SessionNote;
import org.holdspace.narrative.Statement;
import org.holdspace.narrative.SummaryStatus;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The README's code example, kept here so that it always compiles and says what the README says. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example start ---
    Instant nine = Instant.parse("2026-03-02T09:00:00Z");
    Interval hour = Interval.of(nine, Duration.ofHours(1));

    Session session = Session.builder()
        .id("s-1042").clientId("c-77").clinicianId("t-3")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY)
        .planned(hour).actual(hour)
        .status(SessionStatus.COMPLETED)
        .addEvent(RegulationObservation.builder()
            .id("e1").at(nine).until(nine.plus(Duration.ofMinutes(40)))
            .band(ArousalBand.SHUT_DOWN).addSign(RegulationSignCodes.WITHDRAWAL)
            .mode(RegulationMode.CO_REGULATED).build())
        .addEvent(ConnectionObservation.builder()
            .id("e2").at(nine.plus(Duration.ofMinutes(25)))
            .sign(ConnectionSignCodes.ACCEPTED_COMFORT).build())
        .build();

    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    assessment.headline();      // HARD_DAY_SAFETY
    assessment.rungs();         // [SAFETY, CONNECTION]
    Narrator narrator = Narrator.of(Locale.ENGLISH);
    narrator.headline(assessment);        // "A hard day that still reached safety and connection."
    narrator.reflections(session, assessment);  // prompts, quoted below, each with its evidence
    ParentSummary summary = narrator.parentSummary(session, assessment);
    summary.status();                     // READY (an incident or an end in crisis would be on hold)
    summary.text();                       // "Today was a hard day for your child. ..."
    SessionNote note = narrator.sessionNote(session, assessment);   // for the record and the payer
    note.text();                          // S, O, A and P, each sentence with its evidence ids

    // An invalid value is refused when it is built, with every violation at once.
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Session.builder()
        .from(session)
        .status(SessionStatus.ENDED_EARLY)            // needs a reason code
        .addEvent(ConnectionObservation.builder()
            .id("e2")                                 // id already used
            .at(nine.minusSeconds(60))                // before the session started
            .sign(ConnectionSignCodes.SOUGHT_PROXIMITY).build())
        .build());
    // --- README example end ---

    assertThat(session.events()).hasSize(2);
    assertThat(note.plan()).last().extracting(Statement::text)
        .isEqualTo("Return to goal work when the child is regulated and assessed as ready, not by a date.");
    assertThat(assessment.headline()).isEqualTo(Headline.HARD_DAY_SAFETY);
    assertThat(assessment.rungs()).containsExactly(Rung.SAFETY, Rung.CONNECTION);
    assertThat(narrator.headline(assessment)).isEqualTo("A hard day that still reached safety and connection.");
    assertThat(narrator.reflections(session, assessment)).extracting(Statement::text).containsExactly(
        "The child was already dysregulated at the start of the session. What happened before the session "
            + "and in the move into the room? A gentler arrival routine may help next time.",
        "The child stayed dysregulated 09:00\u201309:40, 40 minutes, with no change toward regulated. Is there a "
            + "sensory need, or something in the environment, worth exploring for next time?",
        "Hard days happen, and they are nobody's fault, yours included. These questions are for learning, "
            + "not for judging.");
    assertThat(summary.status()).isEqualTo(SummaryStatus.READY);
    assertThat(summary.text()).startsWith("Today was a hard day for your child. The therapist stayed close and "
        + "calm, so that your child could feel safe. Your child showed signs of trust in the therapist. Your child "
        + "was still withdrawn when the session ended.\n\n"
        + "Hard days happen, and they are nobody's fault.");
    assertThat(e.getMessage()).isEqualTo("Invalid Session (3 violations): "
        + "endReason: needs a reason code for this status (session.end-reason-required); "
        + "events[2].id: repeats an id used earlier in the same list (id.duplicate); "
        + "events[2].at: lies outside the session's actual time (time.outside-session)");
  }
}
