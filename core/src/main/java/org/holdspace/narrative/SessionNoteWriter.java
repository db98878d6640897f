package org.holdspace.narrative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.rules.FindingKeys;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * Writes a {@link SessionNote}: one statement per observed event (in time order, with times in the
 * session's zone), one per finding, and the plan from the findings. Each sentence's key and
 * evidence travel with it. Free text (a caregiver's words, clinician notes) is never repeated.
 *
 * <p>About 430 lines: the note's four parts; the payer-ready note of issue 22 will split it by
 * part (header, interventions and minutes, skilled need, goals, end and records).
 */
final class SessionNoteWriter {
  private static final String LIBRARY_CODES = "https://holdspace.org/codes/";
  private final Narrator narrator;
  private final Session session;
  private final Assessment assessment;
  private final Clock clock;
  private final Set<String> corroborated = new LinkedHashSet<>();
  private final SessionFacts facts;
  private final List<SessionEvent> timeline;

  SessionNoteWriter(Narrator narrator, Session session, Assessment assessment) {
    this.narrator = narrator;
    this.session = session;
    this.assessment = assessment;
    this.clock = new Clock(narrator, session);
    for (Finding f : assessment.findings()) {
      if (f.key().equals(FindingKeys.SUPPORT_HELPED)) {
        corroborated.addAll(f.evidence());
      }
    }
    // the facts the rules read (their time order, how the session ended); no threshold used here
    // depends on the evaluator's configuration
    this.facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
    this.timeline = facts.timeline();
  }

  SessionNote write() {
    return SessionNote.builder()
        .locale(narrator.locale())
        .headings(List.of(t("note.heading.subjective"), t("note.heading.objective"), t("note.heading.assessment"),
            t("note.heading.plan")))
        .subjective(subjective())
        .objective(objective())
        .assessment(assessmentPart())
        .plan(plan())
        .build();
  }

  // ------------------------------------------------------------------ S

  private List<Statement> subjective() {
    List<Statement> out = new ArrayList<>();
    for (SessionEvent e : timeline) {
      if (e instanceof CaregiverReport) {
        CaregiverReport r = (CaregiverReport) e;
        if (!r.concerns().isEmpty()) {
          out.add(say("note.s.report", e, Map.of("time", time(e.at()), "concerns", concerns(r.concerns()))));
        }
        if (r.words().isPresent()) {
          out.add(say("note.s.words", e, Map.of("time", time(e.at()))));
        }
      } else if (e instanceof CaregiverPresence) {
        out.add(say("note.s.presence", e, Map.of("span", span(e),
            "caregiver", name(((CaregiverPresence) e).caregiver()))));
      }
    }
    if (out.isEmpty()) {
      out.add(Statement.of("note.s.none", List.of(), t("note.s.none")));
    }
    return out;
  }

  // ------------------------------------------------------------------ O

  private List<Statement> objective() {
    List<Statement> out = new ArrayList<>();
    for (SessionEvent e : timeline) {
      Statement s = observed(e);
      if (s != null) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      out.add(Statement.of(session.status().isHeld() ? "note.o.none" : "note.o.not-held", List.of(),
          t(session.status().isHeld() ? "note.o.none" : "note.o.not-held")));
    }
    if (session.status() == SessionStatus.ENDED_EARLY || session.status() == SessionStatus.CUT_SHORT) {
      String key = session.status() == SessionStatus.ENDED_EARLY ? "note.o.ended" : "note.o.cut-short";
      Instant end = session.actual().map(Interval::end).orElse(session.planned().end());
      String reason = session.endReason().map(this::name).orElse("-");
      out.add(Statement.of(key, List.of(), Templates.fill(t(key), Map.of("time", time(end), "reason", reason))));
    }
    return out;
  }

  private Statement observed(SessionEvent e) {
    if (e instanceof RegulationObservation) {
      RegulationObservation o = (RegulationObservation) e;
      return say("note.o.regulation", e, Map.of("span", span(e), "band", t("band." + o.band().name()),
          "signs", o.signs().isEmpty() ? "" : " (" + codes(o.signs()) + ")",
          "mode", o.mode().map(m -> ", " + t("mode." + m.name())).orElse("")));
    } else if (e instanceof SensorySupport) {
      SensorySupport s = (SensorySupport) e;
      return say("note.o.support", e, Map.of("span", span(e), "support", narrator.support(s.support()),
          "quality", s.quality().map(q -> " (" + t("quality." + q.name()) + ")").orElse(""),
          "response", response(s)));
    } else if (e instanceof Activity) {
      Activity a = (Activity) e;
      return say("note.o.activity", e, Map.of("span", span(e), "activity", name(a.activity()),
          "demand", t("demand." + a.demand().name())));
    } else if (e instanceof EnvironmentFactor) {
      return say("note.o.environment", e, Map.of("span", span(e), "factor", name(((EnvironmentFactor) e).factor())));
    } else if (e instanceof ReadinessAssessment) {
      ReadinessAssessment r = (ReadinessAssessment) e;
      return say("note.o.readiness", e, Map.of("time", time(e.at()), "level", t("level." + r.level().name()),
          "indicators", indicators(r)));
    } else if (e instanceof GoalAttempt) {
      GoalAttempt a = (GoalAttempt) e;
      String details = (a.assistance().isPresent() ? ", " + name(a.assistance().get()) : "")
          + (a.outcome().isPresent() ? ", " + t("outcome." + a.outcome().get().name()) : "")
          + (a.gasLevel().isPresent() ? ", GAS " + signed(a.gasLevel().getAsInt()) : "");
      return say("note.o.attempt", e, Map.of("span", span(e), "goal", a.goalId(), "details", details));
    } else if (e instanceof ConnectionObservation) {
      return say("note.o.connection", e, Map.of("time", time(e.at()), "sign", name(((ConnectionObservation) e).sign())));
    } else if (e instanceof CaregiverCoaching) {
      CaregiverCoaching c = (CaregiverCoaching) e;
      return say("note.o.coaching", e, Map.of("time", time(e.at()), "strategy", narrator.support(c.strategy()),
          "step", t("step." + c.step().name())));
    } else if (e instanceof ClinicianNote) {
      return say("note.o.clinician-note", e, Map.of("time", time(e.at())));
    }
    return null; // caregiver reports and presence are in S; a vendor's events are the vendor's to describe
  }

  private String response(SensorySupport s) {
    if (s.response() == SupportResponse.DECLINED) {
      return t("response.declined");
    }
    SupportEffect effect = s.effect().orElse(null);
    if (effect == SupportEffect.HELPED) {
      return t(corroborated.contains(s.id()) ? "response.helped-corroborated" : "response.helped-reported");
    }
    return t("response.accepted") + (effect == null ? "" : ", " + t("effect." + effect.name()));
  }

  private String indicators(ReadinessAssessment r) {
    String met = r.indicatorsMet().isEmpty() ? "" : "; " + t("indicators.met") + " " + indicatorNames(r.indicatorsMet());
    String notMet = r.indicatorsNotMet().isEmpty() ? ""
        : "; " + t("indicators.not-met") + " " + indicatorNames(r.indicatorsNotMet());
    return met + notMet;
  }

  private String indicatorNames(Set<ReadinessIndicator> indicators) {
    List<String> names = new ArrayList<>();
    for (ReadinessIndicator i : ReadinessIndicator.values()) {
      if (indicators.contains(i)) {
        names.add(t("indicator." + i.name()));
      }
    }
    return String.join(", ", names);
  }

  // ------------------------------------------------------------------ A

  private List<Statement> assessmentPart() {
    List<Statement> out = new ArrayList<>();
    out.add(Statement.of("note.a.headline", List.of(),
        Templates.fill(t("note.a.headline"), Map.of("text", narrator.headline(assessment)))));
    for (Finding f : assessment.findings(FindingKind.INCIDENT)) {
      String key = f.key().equals(FindingKeys.INCIDENT_ENDED_IN_CRISIS) ? "note.a.incident-ended-in-crisis"
          : f.key().equals(FindingKeys.INCIDENT_HARM_SIGNS) ? "note.a.incident" : "note.a.incident-other";
      out.add(said(key, f, Map.of("text", narrator.text(f))));
    }
    for (Rung r : Rung.values()) {
      for (Finding f : assessment.evidenceFor(r)) {
        out.add(said("note.a.rung", f, Map.of("rung", narrator.rung(r), "text", narrator.text(f))));
      }
    }
    for (Finding f : assessment.findings(FindingKind.CONTEXT)) {
      out.add(said("note.a.context", f, Map.of("text", narrator.text(f))));
    }
    if (!session.status().isHeld()) {
      return out;
    }
    if (assessment.goalOutcome().hasAttempts()) {
      List<String> levels = new ArrayList<>();
      assessment.goalOutcome().gasLevels().forEach((goal, level) -> levels.add(goal + " " + signed(level)));
      String tScore = assessment.goalOutcome().tScore().isPresent()
          ? Templates.fill(t("note.a.t-score"), Map.of("t", String.format(Locale.ROOT, "%.1f",
              assessment.goalOutcome().tScore().getAsDouble()))) : "";
      out.add(Statement.of("note.a.goal-work", assessment.goalOutcome().attemptIds(), Templates.fill(
          t("note.a.goal-work"), Map.of("count", String.valueOf(assessment.goalOutcome().attemptIds().size()),
              "levels", levels.isEmpty() ? "-" : String.join(", ", levels), "tscore", tScore))));
    } else {
      out.add(Statement.of("note.a.no-goal-work", List.of(), t("note.a.no-goal-work")));
    }
    List<ReadinessAssessment> readiness = facts.readiness();
    Optional<ReadinessAssessment> last = readiness.isEmpty() ? Optional.empty()
        : Optional.of(readiness.get(readiness.size() - 1));
    if (last.isPresent()) {
      out.add(say("note.a.readiness", last.get(), Map.of("time", time(last.get().at()),
          "level", t("level." + last.get().level().name()))));
    } else {
      out.add(Statement.of("note.a.readiness-none", List.of(), t("note.a.readiness-none")));
    }
    skilledCare(out);
    return out;
  }

  /**
   * For a session with dysregulation and no goal progress: the skilled care it needed, named in
   * the words a payer's reviewer expects, each kind of care backed by the events that show it;
   * then, when safety or regulation was reached, the value the session had without improvement.
   */
  private void skilledCare(List<Statement> out) {
    if (assessment.reached(Rung.GOAL_PROGRESS)) {
      return;
    }
    boolean dysregulated = false;
    Map<String, List<String>> skills = new LinkedHashMap<>();
    Set<String> supportsOffered = new LinkedHashSet<>();
    Set<DemandLevel> demands = new HashSet<>();
    for (SessionEvent e : timeline) {
      if (e instanceof RegulationObservation) {
        RegulationObservation o = (RegulationObservation) e;
        dysregulated |= !o.band().isRegulated();
        if (o.mode().orElse(null) == RegulationMode.CO_REGULATED) {
          skill(skills, "skill.co-regulation", e);
        }
      } else if (e instanceof SensorySupport) {
        supportsOffered.add(((SensorySupport) e).support().system() + "|" + ((SensorySupport) e).support().code());
        skill(skills, "skill.supports", e);
      } else if (e instanceof Activity) {
        demands.add(((Activity) e).demand());
        skill(skills, "skill.demand", e);
      } else if (e instanceof EnvironmentFactor) {
        skill(skills, "skill.environment", e);
      } else if (e instanceof ReadinessAssessment) {
        skill(skills, "skill.readiness", e);
      } else if (e instanceof CaregiverCoaching) {
        skill(skills, "skill.coaching", e);
      }
    }
    if (!dysregulated || skills.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    skills.forEach((key, ids) -> {
      String name = key;
      if (key.equals("skill.supports") && supportsOffered.size() > 1) {
        name = "skill.supports-adjusted";
      } else if (key.equals("skill.demand") && demands.size() > 1) {
        name = "skill.demand-changed";
      }
      names.add(t(name));
      evidence.addAll(ids);
    });
    out.add(Statement.of("note.a.skilled-care", List.copyOf(evidence),
        Templates.fill(t("note.a.skilled-care"), Map.of("skills", String.join("; ", names)))));
    List<String> rungs = new ArrayList<>();
    List<String> valueEvidence = new ArrayList<>();
    for (Rung r : List.of(Rung.SAFETY, Rung.REGULATION)) {
      if (assessment.reached(r)) {
        rungs.add(narrator.rung(r).toLowerCase(narrator.locale()));
        assessment.evidenceFor(r).forEach(f -> valueEvidence.addAll(f.evidence()));
      }
    }
    if (!rungs.isEmpty()) {
      out.add(Statement.of("note.a.value-without-progress", List.copyOf(new LinkedHashSet<>(valueEvidence)),
          Templates.fill(t("note.a.value-without-progress"), Map.of("rungs", narrator.list(rungs)))));
    }
  }

  private static void skill(Map<String, List<String>> skills, String key, SessionEvent e) {
    skills.computeIfAbsent(key, k -> new ArrayList<>()).add(e.id());
  }

  // ------------------------------------------------------------------ P

  private List<Statement> plan() {
    List<Statement> out = new ArrayList<>();
    if (!session.status().isHeld()) {
      out.add(Statement.of("note.p.not-held", List.of(), t("note.p.not-held")));
      return out;
    }
    for (Finding f : assessment.findings()) {
      switch (f.key()) {
        case FindingKeys.SUPPORT_HELPED:
          out.add(said("note.p.carry-forward", f, Map.of("supports", supports(assessment.supportsThatHelped()))));
          break;
        case FindingKeys.SUPPORTS_PRESENT:
          List<Code> present = new ArrayList<>(assessment.supportsPresentWhenRegulationCame());
          present.removeAll(assessment.supportsThatHelped());
          if (!present.isEmpty()) {
            out.add(said("note.p.keep-in-place", f, Map.of("supports", supports(present))));
          }
          break;
        case FindingKeys.TO_TRY_AT_HOME:
          out.add(said("note.p.try-at-home", f, Map.of("supports", supports(assessment.toTryAtHome()))));
          break;
        default:
          SentenceKeys.notePlan(f.key()).ifPresent(key -> out.add(said(key, f,
              Map.of("stretch", clock.stretch(f), "stretches", clock.stretches(f)))));
          break;
      }
    }
    if (assessment.headline() == Headline.NOT_DOCUMENTED_ENOUGH) {
      out.add(Statement.of("note.p.document-session", List.of(), t("note.p.document-session")));
    } else if (!assessment.goalOutcome().hasAttempts() || !endedRegulated()
        || assessment.findings().stream().anyMatch(f -> f.key().equals(FindingKeys.PROMPT_GOAL_WORK_WHILE_NOT_READY))) {
      out.add(Statement.of("note.p.return-to-goals", List.of(), t("note.p.return-to-goals")));
    } else {
      out.add(Statement.of("note.p.continue-goals", assessment.goalOutcome().attemptIds(),
          t("note.p.continue-goals")));
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private String t(String key) {
    return narrator.text(key);
  }

  private Statement say(String key, SessionEvent e, Map<String, String> values) {
    return Statement.of(key, List.of(e.id()), Templates.fill(t(key), values));
  }

  private Statement said(String key, Finding f, Map<String, String> values) {
    return Statement.of(key, f.evidence(), Templates.fill(t(key), values));
  }

  private String time(Instant at) {
    return clock.time(at);
  }

  private String span(SessionEvent e) {
    return clock.span(e);
  }

  /** Whether the assessment found that the session ended with the child regulated. */
  private boolean endedRegulated() {
    for (Finding f : assessment.findings(FindingKind.CONTEXT)) {
      if (f.key().equals(FindingKeys.ENDED_REGULATED)) {
        return true;
      }
    }
    return false;
  }

  /** A code's name in this language when the library has one, else its display text, else its code. */
  private String name(Code code) {
    String key = "code." + code.system().substring(code.system().lastIndexOf('/') + 1) + "." + code.code();
    if (code.system().startsWith(LIBRARY_CODES) && narrator.hasText(key)) {
      return narrator.text(key);
    }
    return Narrator.clean(code.display().orElse(code.code()));
  }

  private String codes(Iterable<Code> codes) {
    List<String> names = new ArrayList<>();
    for (Code c : codes) {
      names.add(name(c));
    }
    names.sort(null);
    return String.join(", ", names);
  }

  private String concerns(Set<Code> concerns) {
    List<String> names = new ArrayList<>();
    for (Code c : concerns) {
      names.add(narrator.concern(c));
    }
    names.sort(null);
    return narrator.list(names);
  }

  private String supports(List<Code> supports) {
    List<String> names = new ArrayList<>();
    for (Code c : supports) {
      names.add(narrator.support(c));
    }
    return names.isEmpty() ? "-" : narrator.list(names);
  }

  private static String signed(int level) {
    return level > 0 ? "+" + level : String.valueOf(level);
  }
}
