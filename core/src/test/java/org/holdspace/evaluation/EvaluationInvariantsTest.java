package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.narrative.Narrator;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSigns;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.testkit.BlameWords;
import org.holdspace.testkit.Draw;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** DOMAIN.md's invariants 1 to 7, as properties over generated sessions. */
class EvaluationInvariantsTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Set<Rung> FOUNDATIONS = Set.of(Rung.SAFETY, Rung.REGULATION, Rung.CONNECTION);

  private static Session withEvents(Session s, List<SessionEvent> events) {
    return Session.builder().from(s).events(events).build();
  }

  private static List<SessionEvent> plus(Session s, SessionEvent e) {
    List<SessionEvent> events = new ArrayList<>(s.events());
    events.add(e);
    return events;
  }

  /** 1. Goal completion is never required: safety, regulation and connection do not depend on goal work. */
  @Test
  void goalCompletionIsNeverRequired() {
    qt(400).forAll(Generators.heldSessions()).checkAssert(s -> {
      List<SessionEvent> withoutGoalWork = s.events().stream()
          .filter(e -> !(e instanceof GoalAttempt)).collect(Collectors.toList());
      Assessment without = EVALUATOR.evaluate(withEvents(s, withoutGoalWork));
      Assessment with = EVALUATOR.evaluate(s);
      Set<Rung> foundationsWithout = new HashSet<>(without.rungs());
      foundationsWithout.retainAll(FOUNDATIONS);
      Set<Rung> foundationsWith = new HashSet<>(with.rungs());
      foundationsWith.retainAll(FOUNDATIONS);
      assertThat(foundationsWithout).isEqualTo(foundationsWith);
      if (!foundationsWithout.isEmpty()) {
        assertThat(without.headline()).isNotEqualTo(Headline.NOT_DOCUMENTED_ENOUGH);
        assertThat(without.findings(FindingKind.RUNG)).isNotEmpty();
      }
      boolean connected = s.events().stream().anyMatch(ConnectionObservation.class::isInstance);
      assertThat(without.reached(Rung.CONNECTION)).isEqualTo(connected);
    });
  }

  private static Gen<SessionEvent> moreEvidence(Session s) {
    Interval actual = s.actual().get();
    return Draw.gen(d -> {
      long span = actual.length().toMillis();
      Instant at = actual.start().plusMillis(d.between(0L, span));
      String id = "more-" + s.events().size();
      if (d.chance(50)) {
        Instant until = at.plusMillis(d.between(0L, Duration.between(at, actual.end()).toMillis()));
        return RegulationObservation.builder().id(id).at(at).until(until).band(ArousalBand.REGULATED)
            .addSign(RegulationSigns.CALM_BODY).build();
      }
      return SensorySupport.builder().id(id).at(at).support(SupportCodes.DEEP_PRESSURE)
          .response(SupportResponse.ACCEPTED).effect(SupportEffect.HELPED).build();
    });
  }

  /** 2. More evidence never lowers the result: a regulated observation or a support that helped. */
  @Test
  void moreEvidenceNeverLowersTheResult() {
    qt(400).forAll(Generators.heldSessions().flatMap(s -> moreEvidence(s).map(e -> List.of(s, withEvents(s, plus(s, e))))))
        .checkAssert(pair -> {
          Assessment before = EVALUATOR.evaluate(pair.get(0));
          Assessment after = EVALUATOR.evaluate(pair.get(1));
          assertThat(after.rungs()).containsAll(before.rungs());
          if (before.highestRung().isPresent()) {
            assertThat(after.highestRung().get()).isGreaterThanOrEqualTo(before.highestRung().get());
          }
        });
  }

  /** 3. The same session always gives the same assessment, whatever the order of its events. */
  @Test
  void eventOrderDoesNotMatter() {
    qt(400).forAll(Generators.sessions(), org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((s, seed) -> {
      List<SessionEvent> shuffled = new ArrayList<>(s.events());
      Collections.shuffle(shuffled, new Random(seed));
      Assessment original = EVALUATOR.evaluate(s);
      assertThat(EVALUATOR.evaluate(withEvents(s, shuffled))).isEqualTo(original);
      assertThat(EVALUATOR.evaluate(s)).isEqualTo(original);
    });
  }

  /** 4. Every valid session, the library's or a vendor's, evaluates without exception; evidence points at its events. */
  @Test
  void everyValidSessionEvaluates() {
    qt(400).forAll(Generators.sessions().mix(Generators.vendorSessions())).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      Set<String> ids = s.events().stream().map(SessionEvent::id).collect(Collectors.toSet());
      assertThat(a.findings()).allSatisfy(f -> assertThat(ids).containsAll(f.evidence()));
      Set<Rung> evidenced = a.findings(FindingKind.RUNG).stream().map(f -> f.rung().get()).collect(Collectors.toSet());
      assertThat(evidenced).isEqualTo(a.rungs());
      assertThat(a.headline() == Headline.NOT_HELD).isEqualTo(!s.status().isHeld());
    });
  }

  /** 5. A session with no evidence at all is "not documented enough", never a failure. */
  @Test
  void noEvidenceIsNotDocumentedEnough() {
    qt(300).forAll(Generators.heldSessions()).checkAssert(s -> {
      List<SessionEvent> noEvidence = s.events().stream()
          .filter(e -> e instanceof ClinicianNote || e instanceof VendorFixtures.HydrationBreak)
          .collect(Collectors.toList());
      Assessment a = EVALUATOR.evaluate(withEvents(s, noEvidence));
      assertThat(a.headline()).isEqualTo(Headline.NOT_DOCUMENTED_ENOUGH);
      assertThat(a.rungs()).isEmpty();
      assertThat(a.reflections()).isEmpty();
    });
  }

  /** 6. Goal attempts made while the child was not ready do not count against the session, and raise a reflection. */
  @Test
  void goalWorkWhileNotReadyIsNotCountedAgainst() {
    qt(300).forAll(Generators.heldSessions().assuming(s -> !s.goals().isEmpty())).checkAssert(s -> {
      Instant end = s.actual().get().end();
      List<SessionEvent> base = new ArrayList<>();
      for (SessionEvent e : s.events()) {
        if (!e.end().equals(end)) {
          base.add(e);
        }
      }
      base.add(ReadinessAssessment.builder().id("not-ready").at(end).assessedBy("t").level(ReadinessLevel.NOT_READY)
          .build());
      List<SessionEvent> more = new ArrayList<>(base);
      for (int i = 0; i < s.goals().size(); i++) {
        more.add(GoalAttempt.builder().id("unready-" + i).at(end).goalId(s.goals().get(i).id())
            .outcome(AttemptOutcome.NOT_MET).gasLevel(-2).build());
      }
      Assessment before = EVALUATOR.evaluate(withEvents(s, base));
      Assessment after = EVALUATOR.evaluate(withEvents(s, more));
      assertThat(after.goalOutcome().gasLevels()).isEqualTo(before.goalOutcome().gasLevels());
      assertThat(after.goalOutcome().tScore()).isEqualTo(before.goalOutcome().tScore());
      assertThat(after.goalOutcome().attemptsWhileNotReady())
          .hasSize(before.goalOutcome().attemptsWhileNotReady().size() + s.goals().size());
      assertThat(after.rungs()).containsAll(before.rungs());
      assertThat(after.reflections()).extracting(Finding::key).contains("prompt.goal-work-while-not-ready");
    });
  }

  /** 7. No output says or implies fault, in any shipped language. */
  @Test
  void noOutputAssignsFault() {
    List<Narrator> narrators = List.of(Narrator.of(Locale.ENGLISH), Narrator.of(Locale.forLanguageTag("es")));
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      for (Narrator n : narrators) {
        List<String> texts = new ArrayList<>();
        texts.add(n.headline(a));
        a.findings().forEach(f -> texts.add(n.text(f)));
        a.rungs().forEach(r -> texts.add(n.rung(r)));
        texts.add(n.parentSummary(a).text());
        assertThat(texts).allSatisfy(t -> assertThat(BlameWords.in(t)).as(t).isEmpty());
      }
    });
  }
}
