package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.holdspace.billing.InterventionKind;
import org.holdspace.billing.InterventionMinutes;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.demand.Activity;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.timeline.SessionEvent;

/**
 * The skilled need of a held session for its note (DOMAIN.md, the session note, version 2): each
 * intervention, in time order, with the state it answered and the response seen, built from the
 * events, never from a logged room factor alone; then the payer wording its context calls for,
 * joined to those lines and never standing alone. A session whose only intervention is an
 * activity says that an activity was chosen, and no more.
 */
final class SkilledNeedWriter {
  private final Narrator narrator;
  private final SessionFacts facts;
  private final Clock clock;
  private final NoteCodes codes;
  /** Each regulation observation's place in time order, made on first use. */
  private Map<RegulationObservation, Integer> places;

  SkilledNeedWriter(Narrator narrator, SessionFacts facts, Clock clock, NoteCodes codes) {
    this.narrator = narrator;
    this.facts = facts;
    this.clock = clock;
    this.codes = codes;
  }

  /** The skilled-need lines, then the payer wording, if any, added to {@code out}. */
  void write(PayerContext payer, List<Statement> out) {
    Set<InterventionKind> kinds = new LinkedHashSet<>();
    Set<String> evidence = new LinkedHashSet<>();
    for (SessionEvent e : facts.timeline()) {
      Optional<InterventionKind> kind = InterventionKind.of(e);
      if (kind.isEmpty()) {
        continue;
      }
      Statement line = line(kind.get(), e);
      out.add(line);
      kinds.add(kind.get());
      evidence.addAll(line.evidence());
    }
    if (kinds.isEmpty() || (payer != PayerContext.MEDICARE_MAINTENANCE && payer != PayerContext.MEDICAID_UNDER_21)) {
      return;
    }
    List<String> names = new ArrayList<>();
    kinds.forEach(k -> names.add(narrator.text("intervention." + k.name()).toLowerCase(narrator.locale())));
    String key = "note.a.payer." + payer.name();
    out.add(Statement.of(key, List.copyOf(evidence),
        Templates.fill(narrator.text(key), Map.of("kinds", narrator.list(names)))));
  }

  private Statement line(InterventionKind kind, SessionEvent e) {
    List<String> ids = new ArrayList<>();
    ids.add(e.id());
    switch (kind) {
      case CO_REGULATION: {
        RegulationObservation o = (RegulationObservation) e;
        return say("note.a.need.co-regulation", ids, Map.of("span", clock.span(e), "state", band(o.band()),
            "response", response(o, ids)));
      }
      case SENSORY_SUPPORT: {
        SensorySupport s = (SensorySupport) e;
        return say("note.a.need.support", ids, Map.of("span", clock.span(e), "support", narrator.support(s.support()),
            "state", stateAt(e, ids), "response", codes.response(s)));
      }
      case THERAPEUTIC_ACTIVITY: {
        Activity a = (Activity) e;
        return say("note.a.need.activity", ids, Map.of("span", clock.span(e), "activity", codes.name(a.activity()),
            "demand", narrator.text("demand." + a.demand().name()), "state", stateAt(e, ids)));
      }
      case GOAL_WORK: {
        GoalAttempt g = (GoalAttempt) e;
        return say("note.a.need.goal-work", ids, Map.of("span", clock.span(e), "goal", g.goalId(),
            "state", stateAt(e, ids)));
      }
      default: {
        CaregiverCoaching c = (CaregiverCoaching) e;
        long minutes = InterventionMinutes.roundedMinutes(java.time.Duration.between(e.at(), e.end()));
        return say("note.a.need.coaching", ids, Map.of("span", clock.span(e), "strategy", narrator.support(c.strategy()),
            "minutes", minutes == 0 ? "" : ", " + clock.minutes(minutes),
            "shownBack", narrator.text(c.step() == CoachingStep.TRIED_BY_CAREGIVER ? "note.coaching.shown-back"
                : "note.coaching.not-shown-back")));
      }
    }
  }

  /** The child's state when {@code e} began, from the latest observation that began by then; its id joins the evidence. */
  private String stateAt(SessionEvent e, List<String> ids) {
    List<RegulationObservation> all = facts.regulation(); // in time order: the last that began by then
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).at().isAfter(e.at())) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    RegulationObservation latest = lo == 0 ? null : all.get(lo - 1);
    if (latest == null) {
      return narrator.text("note.state.unknown");
    }
    if (!ids.contains(latest.id())) {
      ids.add(latest.id());
    }
    return band(latest.band());
  }

  /** What the next observation after {@code o} showed, compared with it; its id joins the evidence. */
  private String response(RegulationObservation o, List<String> ids) {
    List<RegulationObservation> all = facts.regulation();
    if (places == null) {
      places = new java.util.IdentityHashMap<>();
      for (int k = 0; k < all.size(); k++) {
        places.put(all.get(k), k);
      }
    }
    int i = places.getOrDefault(o, -1);
    if (i < 0 || i + 1 >= all.size()) {
      return narrator.text("note.response.none");
    }
    RegulationObservation next = all.get(i + 1);
    ids.add(next.id());
    String key = next.band().isTowardRegulatedFrom(o.band()) ? "note.response.toward"
        : next.band() == o.band() ? "note.response.same"
        : next.band().distanceFromRegulated() > o.band().distanceFromRegulated() || o.band().isRegulated()
            ? "note.response.away" : "note.response.changed";
    return Templates.fill(narrator.text(key), Map.of("band", band(next.band()), "time", clock.time(next.at())));
  }

  private String band(ArousalBand band) {
    return narrator.text("state." + band.name());
  }

  private Statement say(String key, List<String> ids, Map<String, String> values) {
    return Statement.of(key, List.copyOf(ids), Templates.fill(narrator.text(key), values));
  }
}
