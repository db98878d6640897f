package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.Statement;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md invariant 8, every statement is backed: for every sentence rendered (parent summaries in
 * both languages, reflection prompts, headlines), the finding or named fact its key stands for is
 * in the assessment, its evidence is that finding's, and words that claim something ("calmer",
 * "help", "progress", "safe", ...) appear only in sentences whose key claims it. The table below is
 * written from DOMAIN.md, not from the narrator's code.
 */
class StatementsAreBackedTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final List<Narrator> NARRATORS =
      List.of(Narrator.of(Locale.ENGLISH), Narrator.of(Locale.forLanguageTag("es")));
  private static final Set<Rung> FOUNDATIONS = EnumSet.of(Rung.SAFETY, Rung.REGULATION, Rung.CONNECTION);

  /** What each summary key claims, as a test of the assessment and the statement. */
  private static final Map<String, BiPredicate<Assessment, Statement>> BACKING = Map.ofEntries(
      fact("summary.not-held", a -> !a.status().isHeld()),
      fact("summary.ended-early", a -> a.status() == SessionStatus.ENDED_EARLY),
      fact("summary.cut-short", a -> a.status() == SessionStatus.CUT_SHORT),
      fact("summary.hard-day", a -> a.headline().isHardDay() && !a.rungs().isEmpty()),
      fact("summary.very-hard-day", a -> a.headline() == Headline.HARD_DAY && a.rungs().isEmpty()),
      Map.entry("summary.incident", (a, st) -> a.incident().map(f -> f.evidence().equals(st.evidence())).orElse(false)),
      finding("summary.hard-moment", "finding.safety.harm-or-crisis"),
      finding("summary.hard-time", "finding.safety.harm-or-crisis"),
      finding("summary.safety.presence", "finding.safety.presence"),
      finding("summary.safety.presence-after-harm", "finding.safety.presence-after-harm"),
      finding("summary.safety.regulated", "finding.safety.regulated"),
      finding("summary.safety.regulated-after-harm", "finding.safety.regulated-after-harm"),
      finding("summary.safety.felt-safe", "finding.safety.felt-safe"),
      finding("summary.safety.felt-safe-after-harm", "finding.safety.felt-safe-after-harm"),
      both("summary.regulation.calmer", "finding.regulation.moved-toward-regulated", "finding.ending.regulated"),
      Map.entry("summary.regulation.calmer-still-upset", (a, st) -> finding("", "finding.regulation.moved-toward-regulated")
          .getValue().test(a, st) && (findingWithKey(a, "finding.ending.escalated").isPresent()
              || findingWithKey(a, "finding.ending.crisis").isPresent())),
      Map.entry("summary.regulation.calmer-end-unknown", (a, st) -> finding("", "finding.regulation.moved-toward-regulated")
          .getValue().test(a, st) && a.findings().stream().noneMatch(f -> f.key().startsWith("finding.ending."))),
      both("summary.regulation.calmer-still-withdrawn", "finding.regulation.moved-toward-regulated",
          "finding.ending.shut-down"),
      finding("summary.ending.upset", "finding.ending.escalated"),
      finding("summary.ending.withdrawn", "finding.ending.shut-down"),
      finding("summary.ending.crisis", "finding.ending.crisis"),
      finding("summary.regulation.calm-time", "finding.regulation.sustained-after-dysregulation"),
      finding("summary.regulation.kept", "finding.regulation.kept-regulated"),
      finding("summary.regulation.moments", "finding.regulation.support-helped"),
      finding("summary.connection.trust", "finding.connection.trust"),
      finding("summary.connection.stay-close", "finding.connection.accepted-presence"),
      finding("summary.connection.observed", "finding.connection.observed"),
      rung("summary.engagement", Rung.ENGAGEMENT),
      rung("summary.practice", Rung.SKILL_PRACTICE),
      rung("summary.progress", Rung.GOAL_PROGRESS),
      fact("summary.why.nobodys-fault", a -> a.headline().isHardDay()),
      fact("summary.why.foundations", a -> a.rungs().stream().anyMatch(FOUNDATIONS::contains)),
      Map.entry("summary.why.therapy", (a, st) -> FOUNDATIONS.stream()
          .anyMatch(r -> a.evidenceFor(r).stream().anyMatch(f -> f.evidence().equals(st.evidence())))),
      rung("summary.why.practice", Rung.SKILL_PRACTICE),
      fact("summary.why.every-session", a -> a.status().isHeld()),
      finding("summary.helped", "finding.regulation.support-helped"),
      finding("summary.helped.more", "finding.regulation.support-helped"),
      finding("summary.present", "finding.regulation.supports-present"),
      finding("summary.present.more", "finding.regulation.supports-present"),
      fact("summary.still-learning", a -> findingWithKey(a, "finding.regulation.support-helped").isEmpty()),
      fact("summary.next.gentle", a -> a.headline().isHardDay()),
      finding("summary.next.bring-back", "finding.regulation.support-helped"),
      rung("summary.next.progress", Rung.GOAL_PROGRESS),
      rung("summary.next.practice", Rung.SKILL_PRACTICE),
      fact("summary.next.goals-when-ready", a -> !a.reached(Rung.SKILL_PRACTICE)),
      fact("summary.next.not-held", a -> !a.status().isHeld()),
      finding("summary.try-at-home", "finding.coaching.to-try-at-home"));

  /**
   * English words that claim something about the child or the session, and the only keys whose
   * sentences may use them.
   */
  private static final Map<String, Set<String>> CLAIM_WORDS = Map.ofEntries(
      Map.entry("calmer", Set.of("summary.regulation.calmer", "summary.regulation.calmer-still-upset",
          "summary.regulation.calmer-end-unknown",
          "summary.regulation.calmer-still-withdrawn", "summary.regulation.moments")),
      Map.entry("stayed", Set.of("summary.regulation.calmer", "summary.regulation.kept", "summary.safety.presence",
          "summary.safety.presence-after-harm")),
      Map.entry("trust", Set.of("summary.connection.trust")),
      Map.entry("close", Set.of("summary.connection.stay-close", "summary.safety.presence",
          "summary.safety.presence-after-harm")),
      Map.entry("moment", Set.of("summary.hard-moment")),
      Map.entry("upset", Set.of("summary.regulation.calmer-still-upset", "summary.ending.upset", "summary.ending.crisis")),
      Map.entry("withdrawn", Set.of("summary.regulation.calmer-still-withdrawn", "summary.ending.withdrawn")),
      Map.entry("settled", Set.of()),
      Map.entry("accepted", Set.of()),
      Map.entry("progress", Set.of("summary.progress", "summary.next.progress")),
      Map.entry("help", Set.of("summary.helped", "summary.helped.more", "summary.next.bring-back")),
      Map.entry("home", Set.of("summary.try-at-home")),
      Map.entry("helped", Set.of()),
      Map.entry("safe", Set.of("summary.safety.presence", "summary.safety.presence-after-harm", "summary.safety.regulated",
          "summary.safety.regulated-after-harm", "summary.safety.felt-safe", "summary.safety.felt-safe-after-harm",
          "summary.why.foundations")),
      Map.entry("calm", Set.of("summary.safety.presence", "summary.safety.regulated", "summary.safety.regulated-after-harm",
          "summary.regulation.calm-time", "summary.regulation.kept", "summary.why.foundations", "summary.present")));

  private static Map.Entry<String, BiPredicate<Assessment, Statement>> fact(
      String key, java.util.function.Predicate<Assessment> holds) {
    return Map.entry(key, (a, st) -> holds.test(a) && st.evidence().isEmpty());
  }

  private static Map.Entry<String, BiPredicate<Assessment, Statement>> finding(String key, String findingKey) {
    return Map.entry(key, (a, st) -> findingWithKey(a, findingKey).map(f -> f.evidence().equals(st.evidence()))
        .orElse(false));
  }

  /** Backed by the first finding's evidence, with the second finding in the assessment too. */
  private static Map.Entry<String, BiPredicate<Assessment, Statement>> both(String key, String findingKey, String alsoKey) {
    return Map.entry(key, (a, st) -> finding(key, findingKey).getValue().test(a, st)
        && findingWithKey(a, alsoKey).isPresent());
  }

  private static Map.Entry<String, BiPredicate<Assessment, Statement>> rung(String key, Rung rung) {
    return Map.entry(key, (a, st) -> a.evidenceFor(rung).stream().anyMatch(f -> f.evidence().equals(st.evidence())));
  }

  private static Optional<Finding> findingWithKey(Assessment a, String key) {
    return a.findings().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static boolean reasonBacked(Assessment a, Statement st) {
    String kind = st.key().substring("summary.reason.".length());
    EndReasonKind actual = a.endReasonKind().orElse(EndReasonKind.OTHER);
    boolean matches = kind.equals(actual.name())
        || (kind.equals("OTHER") && (actual == EndReasonKind.PLANNED || actual == EndReasonKind.OTHER));
    return a.status() != SessionStatus.COMPLETED && matches && st.evidence().isEmpty();
  }

  private static void checkBacked(Session s, Assessment a) {
    for (Narrator n : NARRATORS) {
      ParentSummary summary = n.parentSummary(s, a);
      for (Statement st : summary.statements()) {
        boolean backed = st.key().startsWith("summary.reason.") ? reasonBacked(a, st)
            : BACKING.containsKey(st.key()) && BACKING.get(st.key()).test(a, st);
        assertThat(backed).as("%s is backed in %s", st.key(), a).isTrue();
        if (n.locale().getLanguage().equals("en")) {
          checkClaimWords(st);
        }
      }
      assertThat(summary.status()).isEqualTo(a.incident().isPresent() ? org.holdspace.narrative.SummaryStatus.NEEDS_CLINICIAN_REVIEW
          : a.headline() == Headline.NOT_DOCUMENTED_ENOUGH ? org.holdspace.narrative.SummaryStatus.WITHHELD_NOT_DOCUMENTED
          : org.holdspace.narrative.SummaryStatus.READY);
      for (Statement st : n.reflections(s, a)) {
        boolean backed = st.key().equals("prompt.document-session")
            ? a.headline() == Headline.NOT_DOCUMENTED_ENOUGH
            : st.key().equals("prompt.hard-day-closing") ? a.headline().isHardDay() && st.evidence().isEmpty()
            : a.reflections().stream().anyMatch(f -> f.key().equals(st.key()) && f.evidence().equals(st.evidence()));
        assertThat(backed).as("%s is backed", st.key()).isTrue();
      }
      String headline = n.headline(a).toLowerCase(n.locale());
      for (Rung r : Rung.values()) {
        if (!a.reached(r)) {
          assertThat(headline).as("the headline names only rungs held").doesNotContain(n.rung(r).toLowerCase(n.locale()));
        }
      }
    }
  }

  /** The library's support names in English, which may hold a claim word ("calm music") without claiming it. */
  private static final List<String> SUPPORT_NAMES = supportNames();

  private static List<String> supportNames() {
    List<String> names = new ArrayList<>();
    for (java.lang.reflect.Field f : org.holdspace.sensory.SensorySupportCodes.class.getFields()) {
      if (f.getType() == org.holdspace.code.Code.class) {
        try {
          names.add(NARRATORS.get(0).support((org.holdspace.code.Code) f.get(null)).toLowerCase(Locale.ROOT));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return names;
  }

  private static void checkClaimWords(Statement st) {
    String text = st.text().toLowerCase(Locale.ROOT);
    for (String name : SUPPORT_NAMES) {
      text = text.replace(name, " ");
    }
    List<String> words = new ArrayList<>(List.of(text.split("[^a-z']+")));
    for (Map.Entry<String, Set<String>> claim : CLAIM_WORDS.entrySet()) {
      if (words.contains(claim.getKey())) {
        assertThat(claim.getValue()).as("\"%s\" in %s", claim.getKey(), st.key()).contains(st.key());
      }
    }
  }

  @Test
  void everyStatementOfEveryPublicScenarioIsBacked() {
    for (PublicScenario p : PublicScenario.values()) {
      checkBacked(p.session(), EVALUATOR.evaluate(p.session()));
    }
  }

  @Test
  void everyStatementOfGeneratedSessionsIsBacked() {
    qt(1000).forAll(Generators.sessions().mix(Generators.stories())).checkAssert(s -> checkBacked(s, EVALUATOR.evaluate(s)));
  }

  @Test
  void theTableCoversEveryKeyTheNarratorUses() {
    List<String> seen = new ArrayList<>();
    qt(500).forAll(Generators.stories()).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      NARRATORS.get(0).parentSummary(s, a).statements().forEach(st -> seen.add(st.key()));
    });
    for (PublicScenario p : PublicScenario.values()) {
      NARRATORS.get(0).parentSummary(p.session(), EVALUATOR.evaluate(p.session())).statements().forEach(st -> seen.add(st.key()));
    }
    Session cancelled = Session.builder().from(PublicScenario.STEADY_SESSION.session()).status(SessionStatus.CANCELLED)
        .endReason(org.holdspace.session.EndReasonCodes.FAMILY_REQUEST).actual(Optional.empty()).events(List.of()).build();
    NARRATORS.get(0).parentSummary(cancelled, EVALUATOR.evaluate(cancelled)).statements().forEach(st -> seen.add(st.key()));
    seen.removeIf(k -> k.startsWith("summary.reason."));
    assertThat(BACKING.keySet()).containsAll(seen);
    assertThat(seen).contains("summary.incident", "summary.safety.presence-after-harm", "summary.regulation.calmer",
        "summary.regulation.calmer-still-upset", "summary.connection.stay-close", "summary.connection.trust",
        "summary.hard-moment", "summary.hard-time", "summary.ending.upset",
        "summary.helped", "summary.present", "summary.very-hard-day", "summary.ended-early", "summary.not-held");
  }
}
