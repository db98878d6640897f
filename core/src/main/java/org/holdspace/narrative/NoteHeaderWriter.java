package org.holdspace.narrative;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.holdspace.billing.BillingCode;
import org.holdspace.billing.BillingUnits;
import org.holdspace.billing.InterventionKind;
import org.holdspace.billing.InterventionMinutes;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;

/**
 * The session note's header (date of service, start and stop in the session's zone, total
 * minutes, discipline, setting, clinician and credential, plan of care) and its interventions
 * with minutes and, when the caller maps kinds to billing codes, units (DOMAIN.md, the session
 * note, version 2). Facts of the session and the caller's context: no evidence ids, except the
 * minutes lines, which cite the events they count.
 */
final class NoteHeaderWriter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private final Narrator narrator;
  private final Session session;
  private final NoteContext context;
  private final NoteCodes codes;
  private final Clock clock;
  private final ZoneId zone;

  NoteHeaderWriter(Narrator narrator, Session session, NoteContext context, NoteCodes codes, Clock clock) {
    this.narrator = narrator;
    this.session = session;
    this.context = context;
    this.codes = codes;
    this.clock = clock;
    this.zone = session.zone().orElse(ZoneOffset.UTC);
  }

  List<Statement> header() {
    List<Statement> out = new ArrayList<>();
    Interval when = session.actual().orElse(session.planned());
    Map<String, String> time = Map.of("date", DATE.format(when.start().atZone(zone)), "from", clock.time(when.start()),
        "to", clock.time(when.end()), "zone", zone.getId(),
        "minutes", clock.minutes(InterventionMinutes.roundedMinutes(when.length())));
    fact(out, session.status().isHeld() ? "note.h.date" : "note.h.not-held", time);
    fact(out, "note.h.discipline", Map.of("discipline", codes.name(session.discipline()),
        "setting", session.setting().map(codes::name).orElse(narrator.text("note.not-recorded"))));
    if (context.clinicianName().isPresent() && context.credential().isPresent()) {
      fact(out, "note.h.clinician", Map.of("name", Narrator.clean(context.clinicianName().get()),
          "credential", Narrator.clean(context.credential().get())));
    } else {
      fact(out, "note.h.clinician-missing", Map.of());
    }
    if (context.planOfCare().isPresent() || !context.diagnoses().isEmpty()) {
      fact(out, "note.h.plan-of-care", Map.of(
          "reference", context.planOfCare().map(Narrator::clean).orElse(narrator.text("note.not-recorded")),
          "diagnoses", context.diagnoses().isEmpty() ? "-" : diagnoses()));
    }
    return out;
  }

  /** Minutes per kind of intervention, the total, and units by code when the caller maps codes; empty when not held. */
  List<Statement> interventions() {
    List<Statement> out = new ArrayList<>();
    if (!session.status().isHeld()) {
      return out;
    }
    InterventionMinutes minutes = InterventionMinutes.of(session);
    Set<String> all = new LinkedHashSet<>();
    for (InterventionKind kind : minutes.kinds()) {
      List<String> ids = minutes.evidence(kind);
      all.addAll(ids);
      out.add(Statement.of("note.i.kind", ids, Templates.fill(narrator.text("note.i.kind"), Map.of(
          "kind", narrator.text("intervention." + kind.name()), "minutes", clock.minutes(minutes.minutes(kind))))));
    }
    if (out.isEmpty()) {
      fact(out, "note.i.none", Map.of());
      return out;
    }
    out.add(Statement.of("note.i.total", List.copyOf(all), Templates.fill(narrator.text("note.i.total"),
        Map.of("minutes", clock.minutes(minutes.total())))));
    Map<InterventionKind, BillingCode> billing = context.billing();
    if (billing.isEmpty()) {
      return out;
    }
    Map<BillingCode, Long> byCode = minutes.minutesByCode(billing);
    long timed = minutes.timedMinutes(billing);
    Map<BillingCode, Integer> units = BillingUnits.units(byCode, timed, context.unitRule());
    byCode.forEach((code, codeMinutes) -> {
      List<String> ids = new ArrayList<>();
      billing.forEach((kind, c) -> {
        if (c.equals(code)) {
          ids.addAll(minutes.evidence(kind));
        }
      });
      String key = code.isTimed() ? "note.i.code" : "note.i.code-untimed";
      out.add(Statement.of(key, ids, Templates.fill(narrator.text(key), Map.of("code", code.code().code(),
          "minutes", clock.minutes(codeMinutes), "units", String.valueOf(units.get(code))))));
    });
    out.add(Statement.of("note.i.units", List.copyOf(all), Templates.fill(narrator.text("note.i.units"), Map.of(
        "minutes", clock.minutes(timed), "units", String.valueOf(units.values().stream().mapToInt(Integer::intValue).sum()),
        "rule", narrator.text("unit-rule." + context.unitRule().name())))));
    return out;
  }

  private String diagnoses() {
    List<String> names = new ArrayList<>();
    context.diagnoses().forEach(c -> names.add(c.code() + c.display().map(d -> " " + Narrator.clean(d)).orElse("")));
    return String.join(", ", names);
  }

  private void fact(List<Statement> out, String key, Map<String, String> values) {
    out.add(Statement.of(key, List.of(), Templates.fill(narrator.text(key), values)));
  }
}
