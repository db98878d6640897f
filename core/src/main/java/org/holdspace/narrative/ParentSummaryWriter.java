package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.FindingKeys;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;

/**
 * Writes one parent summary for {@link Narrator#parentSummary(Session, Assessment, String)}: what
 * happened, why it mattered, what helped and what comes next, each sentence chosen by a finding or
 * a named fact of the assessment, with the evidence that backs it (DOMAIN.md invariant 8), by the
 * wording rules of version {@value Narrator#WORDING_VERSION}: how it ended decides "calmer", the
 * kind of sign decides "trust", the length of the hard time (from the events its finding cites)
 * decides "a hard moment" or "a very hard time", and what comes next is what the therapist may
 * try, not a promise. One writer per summary; not thread-safe.
 */
final class ParentSummaryWriter {
  /** Harm or crisis shorter than this in total is "a hard moment"; longer is "a very hard time". */
  private static final long HARD_MOMENT_MINUTES = 10;

  private final Narrator narrator;
  private final String child;
  private final Clock clock;
  /** Whether the sentence written last spoke of the child (for {@code {subject}}). */
  private boolean childWasLast;

  /**
   * @param narrator the language and texts to write with
   * @param child how to call the child, already cleaned
   * @param session the session assessed, for the times its findings cite
   */
  ParentSummaryWriter(Narrator narrator, String child, Session session) {
    this.narrator = narrator;
    this.child = child;
    this.clock = new Clock(narrator, session);
  }

  ParentSummary write(Assessment assessment) {
    ImmutableParentSummary.Builder b = ImmutableParentSummary.builder().locale(narrator.locale())
        .wordingVersion(Narrator.WORDING_VERSION);
    Headline h = assessment.headline();
    if (h == Headline.NOT_DOCUMENTED_ENOUGH) {
      return b.status(SummaryStatus.WITHHELD_NOT_DOCUMENTED).build();
    }
    Sentences s = new Sentences();
    if (h == Headline.NOT_HELD) {
      s.fact("summary.not-held");
      reason(assessment, s);
      b.addAllWhatHappened(s.take());
      s.fact("summary.next.not-held");
      return b.status(SummaryStatus.READY).addAllWhatNext(s.take()).build();
    }
    whatHappened(assessment, s);
    b.addAllWhatHappened(s.take());
    whyItMattered(assessment, s);
    b.addAllWhyItMattered(s.take());
    whatHelped(assessment, s);
    b.addAllWhatHelped(s.take());
    whatNext(assessment, s);
    b.addAllWhatNext(s.take());
    return b.status(assessment.incident().isPresent() ? SummaryStatus.NEEDS_CLINICIAN_REVIEW : SummaryStatus.READY)
        .build();
  }

  private void whatHappened(Assessment a, Sentences s) {
    if (a.status() == SessionStatus.ENDED_EARLY) {
      s.fact("summary.ended-early");
      reason(a, s);
    } else if (a.status() == SessionStatus.CUT_SHORT) {
      s.fact("summary.cut-short");
      reason(a, s);
    }
    boolean hardDay = a.headline().isHardDay();
    if (hardDay) {
      s.fact(a.rungs().isEmpty() ? "summary.very-hard-day" : "summary.hard-day");
    }
    hardTime(a, s);
    Optional<Finding> safety = first(a, FindingKeys.SAFETY_PRESENCE)
        .or(() -> first(a, FindingKeys.SAFETY_REGULATED))
        .or(() -> first(a, FindingKeys.SAFETY_FELT_SAFE));
    safety.ifPresent(f -> s.finding(SentenceKeys.summary(f.key()).orElseThrow(), f));
    Optional<Finding> ending = first(a, FindingKeys.ENDED_REGULATED)
        .or(() -> first(a, FindingKeys.ENDED_ESCALATED))
        .or(() -> first(a, FindingKeys.ENDED_SHUT_DOWN))
        .or(() -> first(a, FindingKeys.ENDED_IN_CRISIS));
    boolean endingSaid = regulation(a, ending, s);
    connection(a, s);
    if (a.reached(Rung.SKILL_PRACTICE)) {
      s.finding("summary.practice", a.evidenceFor(Rung.SKILL_PRACTICE).get(0));
    } else if (a.reached(Rung.ENGAGEMENT)) {
      s.finding("summary.engagement", a.evidenceFor(Rung.ENGAGEMENT).get(0));
    }
    if (a.reached(Rung.GOAL_PROGRESS)) {
      s.finding("summary.progress", a.evidenceFor(Rung.GOAL_PROGRESS).get(0));
    }
    if (ending.isPresent() && !endingSaid) {
      SentenceKeys.summary(ending.get().key()).ifPresent(key -> s.finding(key, ending.get()));
    }
  }

  /**
   * Harm and crisis in proportion: "a hard moment" when they lasted under ten minutes in total, "a
   * very hard time" with its length when longer (the length from the events the finding cites);
   * with an incident, that the therapist will talk with the family.
   */
  private void hardTime(Assessment a, Sentences s) {
    Optional<Finding> hard = first(a, FindingKeys.HARM_OR_CRISIS);
    if (hard.isPresent()) {
      long minutes = clock.minutesCovered(hard.get());
      if (minutes < HARD_MOMENT_MINUTES) {
        s.finding("summary.hard-moment", hard.get());
      } else {
        s.finding("summary.hard-time", hard.get(), Map.of("length", clock.minutes(minutes)));
      }
    }
    a.incident().ifPresent(f -> s.finding("summary.incident", f));
  }

  /**
   * How it ended decides "calmer": "calmer and stayed that way" only when the child ended
   * regulated; a gain that held with the child still upset or withdrawn at the end says so in the
   * same sentence; no gain, no "calmer". When the child ended dysregulated and no sentence said so
   * here, the last sentence of what happened says how the session ended.
   *
   * @return whether a sentence said how the session ended
   */
  private boolean regulation(Assessment a, Optional<Finding> ending, Sentences s) {
    boolean endedRegulated = ending.isPresent() && ending.get().key().equals(FindingKeys.ENDED_REGULATED);
    boolean endingSaid = false;
    Optional<Finding> calmer = first(a, FindingKeys.MOVED_TOWARD_REGULATED);
    Optional<Finding> calmTime = first(a, FindingKeys.SUSTAINED_AFTER_DYSREGULATION);
    Optional<Finding> kept = first(a, FindingKeys.KEPT_REGULATED);
    Optional<Finding> helped = first(a, FindingKeys.SUPPORT_HELPED);
    if (calmer.isPresent()) {
      if (endedRegulated) {
        s.finding("summary.regulation.calmer", calmer.get());
      } else if (ending.isEmpty()) { // an assessment without the ending (built, or of rule set 2): no "stayed"
        s.finding("summary.regulation.calmer-end-unknown", calmer.get());
      } else {
        s.finding(ending.get().key().equals(FindingKeys.ENDED_SHUT_DOWN) ? "summary.regulation.calmer-still-withdrawn"
            : "summary.regulation.calmer-still-upset", calmer.get());
        endingSaid = true;
      }
    } else if (calmTime.isPresent()) {
      s.finding("summary.regulation.calm-time", calmTime.get());
    } else if (kept.isPresent()) {
      s.finding("summary.regulation.kept", kept.get());
    } else if (helped.isPresent()) {
      s.finding("summary.regulation.moments", helped.get());
    }
    return endingSaid;
  }

  /** The sign decides the word: "trust" only for a sign of trust; accepted presence is "let the therapist stay close". */
  private void connection(Assessment a, Sentences s) {
    Optional<Finding> sign = first(a, FindingKeys.CONNECTION_TRUST)
        .or(() -> first(a, FindingKeys.CONNECTION_ACCEPTED_PRESENCE))
        .or(() -> first(a, FindingKeys.CONNECTION_OBSERVED));
    sign.ifPresent(f -> s.finding(SentenceKeys.summary(f.key()).orElseThrow(), f));
  }

  private void whyItMattered(Assessment a, Sentences s) {
    if (a.headline().isHardDay()) {
      s.fact("summary.why.nobodys-fault");
    }
    Finding foundation = null;
    for (Rung r : List.of(Rung.SAFETY, Rung.REGULATION, Rung.CONNECTION)) {
      if (foundation == null && a.reached(r)) {
        foundation = a.evidenceFor(r).get(0);
      }
    }
    if (foundation != null && !a.reached(Rung.SKILL_PRACTICE)) {
      s.fact("summary.why.foundations");
      s.finding("summary.why.therapy", foundation);
    } else if (a.reached(Rung.SKILL_PRACTICE)) {
      s.finding("summary.why.practice", a.evidenceFor(Rung.SKILL_PRACTICE).get(0));
    } else {
      s.fact("summary.why.every-session");
    }
  }

  private void whatHelped(Assessment a, Sentences s) {
    Optional<Finding> helped = first(a, FindingKeys.SUPPORT_HELPED);
    if (helped.isPresent() && !a.supportsThatHelped().isEmpty()) {
      listed(s, "summary.helped", helped.get(), names(a.supportsThatHelped(), List.of()));
    }
    Optional<Finding> present = first(a, FindingKeys.SUPPORTS_PRESENT);
    List<String> alsoPresent = names(a.supportsPresentWhenRegulationCame(), a.supportsThatHelped());
    if (present.isPresent() && !alsoPresent.isEmpty()) {
      listed(s, "summary.present", present.get(), alsoPresent);
    }
    if (helped.isEmpty()) {
      s.fact("summary.still-learning");
    }
  }

  private void whatNext(Assessment a, Sentences s) {
    if (a.headline().isHardDay()) {
      s.fact("summary.next.gentle");
    }
    first(a, FindingKeys.SUPPORT_HELPED).ifPresent(f -> s.finding("summary.next.bring-back", f));
    if (a.reached(Rung.GOAL_PROGRESS)) {
      s.finding("summary.next.progress", a.evidenceFor(Rung.GOAL_PROGRESS).get(0));
    } else if (a.reached(Rung.SKILL_PRACTICE)) {
      s.finding("summary.next.practice", a.evidenceFor(Rung.SKILL_PRACTICE).get(0));
    } else {
      s.fact("summary.next.goals-when-ready");
    }
    Optional<Finding> atHome = first(a, FindingKeys.TO_TRY_AT_HOME);
    if (atHome.isPresent() && !a.toTryAtHome().isEmpty()) {
      s.finding("summary.try-at-home", atHome.get(), Map.of("support", narrator.support(a.toTryAtHome().get(0))));
    }
  }

  /**
   * One sentence per item, so that each stays short enough to read (wording rules, version 3): the
   * first with {@code key}, the rest with {@code key + ".more"}.
   */
  private void listed(Sentences s, String key, Finding finding, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      s.finding(i == 0 ? key : key + ".more", finding, Map.of("support", items.get(i)));
    }
  }

  private void reason(Assessment a, Sentences s) {
    EndReasonKind kind = a.endReasonKind().orElse(EndReasonKind.OTHER);
    if (kind != EndReasonKind.PLANNED || a.status() != SessionStatus.COMPLETED) {
      s.fact("summary.reason." + (kind == EndReasonKind.PLANNED ? EndReasonKind.OTHER : kind).name());
    }
  }

  private static Optional<Finding> first(Assessment a, String keyPrefix) {
    for (Finding f : a.findings()) {
      if (f.key().equals(keyPrefix) || f.key().equals(keyPrefix + "-after-harm")) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The names of {@code supports} that are not (as concepts) among {@code except}, each once. */
  private List<String> names(List<Code> supports, List<Code> except) {
    Set<String> names = new LinkedHashSet<>();
    for (Code c : supports) {
      boolean excluded = false;
      for (Code e : except) {
        excluded |= e.isSameConcept(c);
      }
      if (!excluded) {
        names.add(narrator.support(c));
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * Collects the statements of one part of a summary. A template's {@code {subject}} is the child
   * as the subject of the sentence: named when the sentence before did not have the child as its
   * subject, and left out when it did, for a language that drops a known subject (Spanish: "Participó en juegos
   * y actividades"); a language that always names it writes {@code {child}}.
   */
  private final class Sentences {
    private final List<Statement> part = new ArrayList<>();

    /** A sentence backed by a named fact of the assessment: no evidence ids. */
    void fact(String key) {
      part.add(Statement.of(key, List.of(), fill(key, Map.of())));
    }

    /** A sentence backed by {@code finding}: its evidence travels with the sentence. */
    void finding(String key, Finding finding) {
      part.add(Statement.of(key, finding.evidence(), fill(key, Map.of())));
    }

    /** A sentence backed by {@code finding}, with more values filled in. */
    void finding(String key, Finding finding, Map<String, String> values) {
      part.add(Statement.of(key, finding.evidence(), fill(key, values)));
    }

    private String fill(String key, Map<String, String> values) {
      String template = narrator.text(key);
      boolean dropSubject = childWasLast && template.contains("{subject}");
      Map<String, String> all = new HashMap<>(values);
      all.put("child", child);
      all.put("subject", dropSubject ? "" : child);
      childWasLast = template.contains("{subject}") || template.startsWith("{child}");
      String text = Templates.fill(template, all);
      return dropSubject ? withoutGap(text) : text;
    }

    List<Statement> take() {
      List<Statement> taken = List.copyOf(part);
      part.clear();
      return taken;
    }
  }

  /** {@code text} with the gap a left-out subject leaves closed, and a capital at its start. */
  static String withoutGap(String text) {
    String t = text.replace("  ", " ").replace(" ,", ",").replace(" .", ".").strip();
    if (t.startsWith(",")) {
      t = t.substring(1).strip();
    }
    return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.substring(1);
  }
}
