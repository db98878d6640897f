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
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
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

/**
 * DOMAIN.md's invariants 1 to 7, 9 and 10, as properties over generated sessions (random ones and
 * stories with harm, crisis, collapse, not-ready goal work, early ends, declined and worsening
 * supports, and help reported but not corroborated). Invariant 8 is {@link StatementsAreBackedTest}.
 */
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
  /** Finding's contract: evidence is ids of the session's own events, without repeats. */
  @Test
  void evidenceCitesTheSessionsEventsEachOnce() {
    qt(400).forAll(Generators.heldSessions().mix(Generators.stories(), 50)).checkAssert(s -> {
      Set<String> ids = s.events().stream().map(SessionEvent::id).collect(Collectors.toSet());
      for (Finding f : EVALUATOR.evaluate(s).findings()) {
        assertThat(f.evidence()).as(f.key()).doesNotHaveDuplicates();
        assertThat(ids).as(f.key()).containsAll(f.evidence());
      }
    });
  }

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
            .addSign(RegulationSignCodes.CALM_BODY).build();
      }
      return SensorySupport.builder().id(id).at(at).support(SensorySupportCodes.DEEP_PRESSURE)
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

  /** 3. Ids are only names: renaming every event changes nothing but the ids cited as evidence. */
  @Test
  void renamingIdsChangesOnlyTheIdsCited() {
    qt(300).forAll(Generators.heldSessions(), org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((s, seed) -> {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < s.events().size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed));
      List<SessionEvent> renamed = new ArrayList<>();
      for (int i = 0; i < s.events().size(); i++) {
        renamed.add(org.holdspace.testkit.Copies.withId(s.events().get(i), "n" + order.get(i)));
      }
      Assessment original = EVALUATOR.evaluate(s);
      Assessment other = EVALUATOR.evaluate(withEvents(s, renamed));
      assertThat(other.headline()).isEqualTo(original.headline());
      assertThat(other.rungs()).isEqualTo(original.rungs());
      assertThat(other.findings()).extracting(Finding::ruleId, Finding::key, f -> f.evidence().size())
          .isEqualTo(original.findings().stream()
              .map(f -> org.assertj.core.groups.Tuple.tuple(f.ruleId(), f.key(), f.evidence().size()))
              .collect(Collectors.toList()));
      assertThat(other.goalOutcome().gasLevels()).isEqualTo(original.goalOutcome().gasLevels());
      assertThat(other.goalOutcome().tScore()).isEqualTo(original.goalOutcome().tScore());
      assertThat(other.supportsThatHelped()).isEqualTo(original.supportsThatHelped());
      assertThat(other.supportsPresentWhenRegulationCame()).isEqualTo(original.supportsPresentWhenRegulationCame());
      assertThat(other.timeToRegulate()).isEqualTo(original.timeToRegulate());
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
      Session bare = withEvents(s, noEvidence);
      Assessment a = EVALUATOR.evaluate(bare);
      assertThat(a.headline()).isEqualTo(Headline.NOT_DOCUMENTED_ENOUGH);
      assertThat(a.rungs()).isEmpty();
      assertThat(a.reflections()).isEmpty();
      Narrator english = Narrator.of(Locale.ENGLISH);
      assertThat(english.reflections(bare, a)).extracting(org.holdspace.narrative.Statement::key)
          .containsExactly("prompt.document-session");
      assertThat(english.parentSummary(bare, a).status())
          .isEqualTo(org.holdspace.narrative.SummaryStatus.WITHHELD_NOT_DOCUMENTED);
      assertThat(english.parentSummary(bare, a).statements()).isEmpty();
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
        n.reflections(s, a).forEach(st -> texts.add(st.text()));
        texts.add(n.parentSummary(s, a).draftForClinician());
        assertThat(texts).allSatisfy(t -> assertThat(BlameWords.in(t)).as(t).isEmpty());
      }
    });
  }

  /** Whether an observation that ends last is of a crisis (written from DOMAIN.md, not from the rules). */
  private static boolean endsInCrisis(Session s) {
    Instant last = null;
    for (SessionEvent e : s.events()) {
      if (e instanceof RegulationObservation && (last == null || e.end().isAfter(last))) {
        last = e.end();
      }
    }
    for (SessionEvent e : s.events()) {
      if (e instanceof RegulationObservation && e.end().equals(last)
          && ((RegulationObservation) e).band() == ArousalBand.CRISIS) {
        return true;
      }
    }
    return false;
  }

  /**
   * 9. Harm is never hidden and never erases the work after it: a harm sign or an end in crisis
   * makes an incident and puts the parent summary on hold, with no sendable text; safety evidenced before a harm sign at the very start still
   * counts, as safety re-established after it.
   */
  @Test
  void harmIsNeverHiddenAndNeverErasesTheWorkAfterIt() {
    Narrator english = Narrator.of(Locale.ENGLISH);
    qt(400).forAll(Generators.heldSessions()).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      boolean harmSign = s.events().stream().anyMatch(e -> e instanceof RegulationObservation
          && ((RegulationObservation) e).signs().stream().anyMatch(c -> EvaluationConfig.defaults().harmSigns().stream()
              .anyMatch(c::isSameConcept)));
      boolean endsInCrisis = endsInCrisis(s);
      assertThat(a.incident().isPresent()).isEqualTo(harmSign || endsInCrisis);
      if (harmSign || endsInCrisis) {
        assertThat(a.headline().isHardDay()).isTrue();
        org.holdspace.narrative.ParentSummary summary = english.parentSummary(s, a);
        assertThat(summary.text()).as("no sendable text while on hold").isEmpty();
        assertThat(summary.status()).isEqualTo(org.holdspace.narrative.SummaryStatus.NEEDS_CLINICIAN_REVIEW);
        assertThat(summary.whatHappened()).extracting(org.holdspace.narrative.Statement::key).contains("summary.incident");
        assertThat(a.reflections()).extracting(Finding::key)
            .contains(harmSign ? "prompt.harm-signs" : "prompt.ended-in-crisis");
      }
      if (!a.reached(Rung.SAFETY) || a.incident().isPresent() || s.events().stream().anyMatch(e ->
          e instanceof RegulationObservation && ((RegulationObservation) e).band() == ArousalBand.CRISIS)) {
        return;
      }
      Instant start = s.actual().get().start();
      Assessment harmed = EVALUATOR.evaluate(withEvents(s, plus(s, RegulationObservation.builder().id("harm-at-start")
          .at(start).band(ArousalBand.ESCALATED).addSign(RegulationSignCodes.AGGRESSION).build())));
      assertThat(harmed.incident()).isPresent();
      assertThat(harmed.rungs()).contains(Rung.SAFETY);
      assertThat(harmed.evidenceFor(Rung.SAFETY)).allSatisfy(f -> assertThat(f.key()).endsWith("-after-harm"));
    });
  }

  /**
   * 10. Nothing claims more than it knows: a support counts as having helped only when it was
   * accepted, reported as helping, and an observation toward regulated began while it lasted or
   * within the corroboration window after; otherwise the report is kept as reported.
   */
  @Test
  void reportedHelpCountsOnlyWhenALaterObservationAgrees() {
    Duration window = EvaluationConfig.defaults().corroborationWindow();
    qt(400).forAll(Generators.heldSessions()).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      List<RegulationObservation> observations = s.events().stream().filter(RegulationObservation.class::isInstance)
          .map(RegulationObservation.class::cast).sorted(SessionFacts.TIME_ORDER).collect(Collectors.toList());
      List<String> corroborated = new ArrayList<>();
      List<String> reportedOnly = new ArrayList<>();
      for (SessionEvent e : s.events()) {
        if (!(e instanceof SensorySupport)) {
          continue;
        }
        SensorySupport support = (SensorySupport) e;
        if (support.response() != SupportResponse.ACCEPTED || support.effect().orElse(null) != SupportEffect.HELPED) {
          continue;
        }
        boolean agrees = false;
        for (int j = 0; j < observations.size() && !agrees; j++) {
          RegulationObservation n = observations.get(j);
          boolean inWindow = !n.at().isBefore(support.at()) && !n.at().isAfter(support.end().plus(window));
          for (int i = 0; i < j && inWindow && !agrees; i++) {
            agrees = n.band().isTowardRegulatedFrom(observations.get(i).band());
          }
        }
        (agrees ? corroborated : reportedOnly).add(support.id());
      }
      List<String> helpEvidence = a.findings().stream().filter(f -> f.key().equals("finding.regulation.support-helped"))
          .flatMap(f -> f.evidence().stream()).collect(Collectors.toList());
      assertThat(helpEvidence).containsAll(corroborated);
      assertThat(helpEvidence).noneMatch(reportedOnly::contains);
      List<String> reported = a.findings().stream().filter(f -> f.key().equals("finding.support.reported-helped"))
          .flatMap(f -> f.evidence().stream()).collect(Collectors.toList());
      assertThat(reported).containsExactlyInAnyOrderElementsOf(reportedOnly);
      if (corroborated.isEmpty()) {
        assertThat(a.supportsThatHelped()).isEmpty();
      }
    });
  }
}
