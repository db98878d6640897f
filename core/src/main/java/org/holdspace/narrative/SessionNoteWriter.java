package org.holdspace.narrative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
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
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
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
 * <p>The header and the interventions with their minutes are written by {@code NoteHeaderWriter},
 * the skilled need and payer wording by {@code SkilledNeedWriter}, codes' names by {@code NoteCodes}.
 */
final class SessionNoteWriter {
  /** The ending findings, by the band each tells. */
  private static final Map<String, String> ENDINGS = Map.of(FindingKeys.ENDED_REGULATED, "REGULATED",
      FindingKeys.ENDED_ESCALATED, "ESCALATED", FindingKeys.ENDED_SHUT_DOWN, "SHUT_DOWN", FindingKeys.ENDED_IN_CRISIS,
      "CRISIS");
  private final Narrator narrator;
  private final Session session;
  private final Assessment assessment;
  private final Clock clock;
  private final NoteCodes codes;
  private final NoteContext context;
  private final SessionFacts facts;
  private final List<SessionEvent> timeline;
  private final NoteRecordsWriter records;

  SessionNoteWriter(Narrator narrator, Session session, Assessment assessment, NoteContext context) {
    this.narrator = narrator;
    this.context = context;
    this.session = session;
    this.assessment = assessment;
    this.clock = new Clock(narrator, session);
    this.codes = new NoteCodes(narrator, assessment);
    // the facts the rules read (their time order, how the session ended); no threshold used here
    // depends on the evaluator's configuration
    this.facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
    this.timeline = facts.timeline();
    this.records = new NoteRecordsWriter(narrator, facts, clock, codes);
  }

  SessionNote write() {
    NoteHeaderWriter header = new NoteHeaderWriter(narrator, session, context, codes, clock);
    Map<NoteStatus, String> lines = new EnumMap<>(NoteStatus.class);
    for (NoteStatus s : NoteStatus.values()) {
      lines.put(s, t("note.status." + s.name()));
    }
    return SessionNote.builder()
        .locale(narrator.locale())
        .headings(List.of(t("note.heading.subjective"), t("note.heading.objective"), t("note.heading.assessment"),
            t("note.heading.plan"), t("note.heading.interventions")))
        .header(header.header())
        .subjective(subjective())
        .objective(objective())
        .assessment(assessmentPart())
        .plan(plan())
        .interventions(header.interventions())
        .status(status())
        .statusLines(lines)
        .zone(session.zone().orElse(java.time.ZoneOffset.UTC))
        .build();
  }

  /**
   * NEEDS_DOCUMENTATION when too little was recorded to say what the session was, or a held
   * session has no observation of the child's state; DRAFT when the caller did not give the
   * clinician's name and credential; READY_TO_SIGN otherwise.
   */
  private NoteStatus status() {
    if (assessment.headline() == Headline.NOT_DOCUMENTED_ENOUGH
        || (session.status().isHeld() && facts.regulation().isEmpty())) {
      return NoteStatus.NEEDS_DOCUMENTATION;
    }
    return context.clinicianName().isPresent() && context.credential().isPresent() ? NoteStatus.READY_TO_SIGN
        : NoteStatus.DRAFT;
  }

  // ------------------------------------------------------------------ S

  private List<Statement> subjective() {
    List<Statement> out = new ArrayList<>();
    for (SessionEvent e : timeline) {
      if (e instanceof CaregiverReport) {
        CaregiverReport r = (CaregiverReport) e;
        if (!r.concerns().isEmpty()) {
          out.add(say("note.s.report", e, Map.of("time", time(e.at()), "concerns", codes.concerns(r.concerns()))));
        }
        if (r.words().isPresent()) {
          out.add(say("note.s.words", e, Map.of("time", time(e.at()))));
        }
      } else if (e instanceof CaregiverPresence) {
        out.add(say("note.s.presence", e, Map.of("span", span(e),
            "caregiver", codes.name(((CaregiverPresence) e).caregiver()))));
      }
    }
    if (out.isEmpty()) {
      out.add(Statement.of("note.s.none", List.of(), t("note.s.none")));
    }
    String interpreter = session.interpreterUsed().map(used -> t(used ? "note.s.interpreter-used" : "note.s.no-interpreter"))
        .orElse("");
    if (session.familyLanguage().isPresent()) {
      out.add(Statement.of("note.s.language", List.of(), Templates.fill(t("note.s.language"), Map.of(
          "language", session.familyLanguage().get().getDisplayName(narrator.locale()),
          "interpreter", interpreter.isEmpty() ? "" : "; " + interpreter))));
    } else if (!interpreter.isEmpty()) {
      out.add(Statement.of("note.s.interpreter", List.of(), Templates.fill(t("note.s.interpreter"),
          Map.of("interpreter", interpreter))));
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
      String reason = session.endReason().map(codes::name).orElse("-");
      out.add(Statement.of(key, List.of(), Templates.fill(t(key), Map.of("time", time(end), "reason", reason))));
    }
    return out;
  }

  private Statement observed(SessionEvent e) {
    if (e instanceof RegulationObservation) {
      RegulationObservation o = (RegulationObservation) e;
      return say("note.o.regulation", e, Map.of("span", span(e), "band", t("band." + o.band().name()),
          "signs", o.signs().isEmpty() ? "" : " (" + codes.codes(o.signs()) + ")",
          "mode", o.mode().map(m -> ", " + t("mode." + m.name())).orElse("")));
    } else if (e instanceof SensorySupport) {
      SensorySupport s = (SensorySupport) e;
      return say("note.o.support", e, Map.of("span", span(e), "support", narrator.support(s.support()),
          "quality", s.quality().map(q -> " (" + t("quality." + q.name()) + ")").orElse(""),
          "response", codes.response(s)));
    } else if (e instanceof Activity) {
      Activity a = (Activity) e;
      return say("note.o.activity", e, Map.of("span", span(e), "activity", codes.name(a.activity()),
          "demand", t("demand." + a.demand().name())));
    } else if (e instanceof EnvironmentFactor) {
      return say("note.o.environment", e, Map.of("span", span(e), "factor", codes.name(((EnvironmentFactor) e).factor())));
    } else if (e instanceof ReadinessAssessment) {
      ReadinessAssessment r = (ReadinessAssessment) e;
      return say("note.o.readiness", e, Map.of("time", time(e.at()), "level", t("level." + r.level().name()),
          "indicators", indicators(r)));
    } else if (e instanceof GoalAttempt) {
      GoalAttempt a = (GoalAttempt) e;
      String details = (a.assistance().isPresent() ? ", " + codes.name(a.assistance().get()) : "")
          + (a.outcome().isPresent() ? ", " + t("outcome." + a.outcome().get().name()) : "")
          + (a.gasLevel().isPresent() ? ", GAS " + signed(a.gasLevel().getAsInt()) : "");
      return say("note.o.attempt", e, Map.of("span", span(e), "goal", a.goalId(), "details", details));
    } else if (e instanceof ConnectionObservation) {
      return say("note.o.connection", e, Map.of("time", time(e.at()), "sign", codes.name(((ConnectionObservation) e).sign())));
    } else if (e instanceof CaregiverCoaching) {
      CaregiverCoaching c = (CaregiverCoaching) e;
      return say("note.o.coaching", e, Map.of("time", time(e.at()), "strategy", narrator.support(c.strategy()),
          "step", t("step." + c.step().name())));
    } else if (e instanceof ClinicianNote) {
      return say("note.o.clinician-note", e, Map.of("time", time(e.at())));
    }
    // caregiver reports and presence are in S, incident records and handovers in A; a vendor's
    // events are the vendor's to describe
    return null;
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
    records.incidents(out);
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
    goals(out);
    ending(out);
    records.handovers(out);
    List<ReadinessAssessment> readiness = facts.readiness();
    Optional<ReadinessAssessment> last = readiness.isEmpty() ? Optional.empty()
        : Optional.of(readiness.get(readiness.size() - 1));
    if (last.isPresent()) {
      out.add(say("note.a.readiness", last.get(), Map.of("time", time(last.get().at()),
          "level", t("level." + last.get().level().name()))));
    } else {
      out.add(Statement.of("note.a.readiness-none", List.of(), t("note.a.readiness-none")));
    }
    new SkilledNeedWriter(narrator, facts, clock, codes).write(context.payer(), out);
    return out;
  }

  /**
   * Each goal in scope with its text and target, and its attempts this session: how many, the
   * assistance, the outcomes, the GAS levels against the goal's baseline (no T-score: progress
   * reports keep it); or that it was not worked on.
   */
  private void goals(List<Statement> out) {
    if (session.goals().isEmpty()) {
      out.add(Statement.of("note.a.no-goal-work", List.of(), t("note.a.no-goal-work")));
      return;
    }
    for (Goal g : session.goals()) {
      List<String> ids = new ArrayList<>();
      Set<String> assistance = new LinkedHashSet<>();
      Set<String> outcomes = new LinkedHashSet<>();
      List<String> levels = new ArrayList<>();
      long opportunities = 0;
      long correct = 0;
      for (GoalAttempt a : facts.goalAttempts()) {
        if (a.goalId().equals(g.id())) {
          ids.add(a.id());
          if (a.opportunities().isPresent() && a.correctResponses().isPresent()) {
            opportunities += a.opportunities().getAsInt();
            correct += a.correctResponses().getAsInt();
          }
          a.assistance().ifPresent(c -> assistance.add(codes.name(c)));
          a.outcome().ifPresent(o -> outcomes.add(t("outcome." + o.name())));
          if (a.gasLevel().isPresent()) {
            levels.add(signed(a.gasLevel().getAsInt()));
          }
        }
      }
      Map<String, String> values = new HashMap<>(Map.of("goal", g.id(), "description", Narrator.clean(g.description()),
          "target", g.target().map(tg -> Templates.fill(t("note.a.goal.target"), Map.of("target", Narrator.clean(tg))))
              .orElse("")));
      if (ids.isEmpty()) {
        out.add(Statement.of("note.a.goal.none", List.of(), Templates.fill(t("note.a.goal.none"), values)));
        continue;
      }
      values.put("attempts", ids.size() == 1 ? t("note.a.goal.one-attempt")
          : Templates.fill(t("note.a.goal.attempts"), Map.of("n", String.valueOf(ids.size()))));
      values.put("assistance", assistance.isEmpty() ? "" : "; " + String.join(", ", assistance));
      values.put("outcomes", outcomes.isEmpty() ? "" : "; " + String.join(", ", outcomes));
      values.put("accuracy", opportunities == 0 ? "" : Templates.fill(t("note.a.goal.accuracy"), Map.of(
          "correct", String.valueOf(correct), "opportunities", String.valueOf(opportunities),
          "percent", Math.round(100.0 * correct / opportunities) + "%")));
      values.put("levels", levels.isEmpty() ? t("note.a.goal.not-rated") : String.join(", ", levels));
      values.put("baseline", signed(g.gasBaseline()));
      out.add(Statement.of("note.a.goal", ids, Templates.fill(t("note.a.goal"), values)));
    }
  }

  /** How the session ended: the state the assessment found at the end, when, and the end reason. */
  private void ending(List<Statement> out) {
    for (Finding f : assessment.findings(FindingKind.CONTEXT)) {
      String band = ENDINGS.get(f.key());
      if (band != null) {
        String reason = session.endReason().map(codes::name).orElse(t("note.not-recorded"));
        out.add(Statement.of("note.a.ending", f.evidence(), Templates.fill(t("note.a.ending"), Map.of(
            "time", clock.time(clock.end(f)), "band", t("state." + band),
            "reason", reason))));
      }
    }
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
          out.add(said("note.p.carry-forward", f, Map.of("supports", codes.supports(assessment.supportsThatHelped()))));
          break;
        case FindingKeys.SUPPORTS_PRESENT:
          List<Code> present = new ArrayList<>(assessment.supportsPresentWhenRegulationCame());
          present.removeAll(assessment.supportsThatHelped());
          if (!present.isEmpty()) {
            out.add(said("note.p.keep-in-place", f, Map.of("supports", codes.supports(present))));
          }
          break;
        case FindingKeys.TO_TRY_AT_HOME:
          out.add(said("note.p.try-at-home", f, Map.of("supports", codes.supports(assessment.toTryAtHome()))));
          break;
        default:
          SentenceKeys.notePlan(f.key()).ifPresent(key -> out.add(said(key, f,
              Map.of("stretch", clock.stretch(f), "stretches", clock.stretches(f)))));
          break;
      }
    }
    records.missingRecords(out);
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


  private static String signed(int level) {
    return level > 0 ? "+" + level : String.valueOf(level);
  }
}
