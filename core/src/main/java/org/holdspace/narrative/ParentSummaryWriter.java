package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.FindingKeys;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;

/**
 * Writes one parent summary for {@link Narrator#parentSummary(Assessment, String)}: what happened,
 * why it mattered, what helped and what comes next, each sentence chosen by a finding or a named
 * fact of the assessment, with the evidence that backs it (DOMAIN.md invariant 8). One writer per
 * summary; not thread-safe.
 */
final class ParentSummaryWriter {
  private final Narrator narrator;
  private final String child;

  /**
   * @param narrator the language and texts to write with
   * @param child how to call the child, already cleaned
   */
  ParentSummaryWriter(Narrator narrator, String child) {
    this.narrator = narrator;
    this.child = child;
  }

  ParentSummary write(Assessment assessment) {
    ImmutableParentSummary.Builder b = ImmutableParentSummary.builder().locale(narrator.locale());
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
    a.incident().ifPresent(f -> s.finding("summary.incident", f));
    Optional<Finding> safety = first(a, FindingKeys.SAFETY_PRESENCE)
        .or(() -> first(a, FindingKeys.SAFETY_REGULATED))
        .or(() -> first(a, FindingKeys.SAFETY_FELT_SAFE));
    safety.ifPresent(f -> s.finding(SentenceKeys.summary(f.key()).orElseThrow(), f));
    Optional<Finding> calmer = first(a, FindingKeys.MOVED_TOWARD_REGULATED);
    Optional<Finding> calmTime = first(a, FindingKeys.SUSTAINED_AFTER_DYSREGULATION);
    Optional<Finding> kept = first(a, FindingKeys.KEPT_REGULATED);
    Optional<Finding> helped = first(a, FindingKeys.SUPPORT_HELPED);
    if (calmer.isPresent()) {
      s.finding("summary.regulation.calmer", calmer.get());
    } else if (calmTime.isPresent()) {
      s.finding("summary.regulation.calm-time", calmTime.get());
    } else if (kept.isPresent()) {
      s.finding("summary.regulation.kept", kept.get());
    } else if (helped.isPresent()) {
      s.finding("summary.regulation.moments", helped.get());
    }
    if (a.reached(Rung.CONNECTION)) {
      s.finding("summary.connection", a.evidenceFor(Rung.CONNECTION).get(0));
    }
    if (a.reached(Rung.SKILL_PRACTICE)) {
      s.finding("summary.practice", a.evidenceFor(Rung.SKILL_PRACTICE).get(0));
    } else if (a.reached(Rung.ENGAGEMENT)) {
      s.finding("summary.engagement", a.evidenceFor(Rung.ENGAGEMENT).get(0));
    }
    if (a.reached(Rung.GOAL_PROGRESS)) {
      s.finding("summary.progress", a.evidenceFor(Rung.GOAL_PROGRESS).get(0));
    }
    if (hardDay && a.rungs().isEmpty()) {
      s.fact("summary.therapist-there");
    }
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
      s.finding("summary.try-at-home", atHome.get(), narrator.support(a.toTryAtHome().get(0)));
    }
  }

  /**
   * Sentences that name {@code items}, two to a sentence (one, for an item with a comma of its
   * own) so that each stays short enough to read: the first with {@code key}, the rest with {@code
   * key + ".more"}.
   */
  private void listed(Sentences s, String key, Finding finding, List<String> items) {
    int i = 0;
    while (i < items.size()) {
      int end = i + 1;
      if (end < items.size() && items.get(i).indexOf(',') < 0 && items.get(end).indexOf(',') < 0) {
        end++;
      }
      s.finding(i == 0 ? key : key + ".more", finding, narrator.list(items.subList(i, end)));
      i = end;
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

  /** Collects the statements of one part of a summary. */
  private final class Sentences {
    private final List<Statement> part = new ArrayList<>();

    /** A sentence backed by a named fact of the assessment: no evidence ids. */
    void fact(String key) {
      part.add(Statement.of(key, List.of(), Narrator.fill(narrator.text(key), child, "")));
    }

    /** A sentence backed by {@code finding}: its evidence travels with the sentence. */
    void finding(String key, Finding finding) {
      part.add(Statement.of(key, finding.evidence(), Narrator.fill(narrator.text(key), child, "")));
    }

    /** A sentence backed by {@code finding}, with a list filled in. */
    void finding(String key, Finding finding, String list) {
      part.add(Statement.of(key, finding.evidence(), Narrator.fill(narrator.text(key), child, list)));
    }

    List<Statement> take() {
      List<Statement> taken = List.copyOf(part);
      part.clear();
      return taken;
    }
  }
}
