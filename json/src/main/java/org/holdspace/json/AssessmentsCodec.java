package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.GoalOutcome;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.Violation;

/** Assessments on the wire: keys, evidence and measures; no rendered text. */
final class AssessmentsCodec {
  /** The fields every assessment has (the lists too, even when empty), as the JSON Schema says. */
  private static final String[] REQUIRED = {"sessionId", "ruleSetId", "ruleSetVersion", "headline", "status",
      "rungs", "findings", "supportsThatHelped", "supportsPresentWhenRegulationCame", "caregiverReported", "toTryAtHome",
      "unknownEventIds"};

  private AssessmentsCodec() {}

  static void write(Assessment a, JsonGenerator g) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject();
    if (root) {
      g.writeNumberField("schemaVersion", HoldspaceModule.SCHEMA_VERSION);
    }
    g.writeStringField("type", "assessment");
    g.writeStringField("sessionId", a.sessionId());
    g.writeStringField("ruleSetId", a.ruleSetId());
    g.writeStringField("ruleSetVersion", a.ruleSetVersion());
    Writing.enumField("headline", a.headline(), g);
    Writing.enumField("status", a.status(), g);
    if (a.endReasonKind().isPresent()) {
      Writing.enumField("endReasonKind", a.endReasonKind().get(), g);
    }
    Writing.enums("rungs", a.rungs(), g);
    g.writeArrayFieldStart("findings");
    for (Finding f : a.findings()) {
      g.writeStartObject();
      g.writeStringField("ruleId", f.ruleId());
      g.writeNumberField("ruleVersion", f.ruleVersion());
      Writing.enumField("kind", f.kind(), g);
      if (f.rung().isPresent()) {
        Writing.enumField("rung", f.rung().get(), g);
      }
      g.writeStringField("key", f.key());
      g.writeArrayFieldStart("evidence");
      for (String id : f.evidence()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    GoalOutcome o = a.goalOutcome();
    g.writeObjectFieldStart("goalOutcome");
    strings("attemptIds", o.attemptIds(), g);
    strings("attemptsWhileNotReady", o.attemptsWhileNotReady(), g);
    g.writeObjectFieldStart("gasLevels");
    for (Map.Entry<String, Integer> e : o.gasLevels().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (o.tScore().isPresent()) {
      g.writeNumberField("tScore", o.tScore().getAsDouble());
    }
    g.writeEndObject();
    Writing.codes("supportsThatHelped", a.supportsThatHelped(), g);
    Writing.codes("supportsPresentWhenRegulationCame", a.supportsPresentWhenRegulationCame(), g);
    Writing.codes("caregiverReported", a.caregiverReported(), g);
    Writing.codes("toTryAtHome", a.toTryAtHome(), g);
    if (a.timeToRegulate().isPresent()) {
      g.writeStringField("timeToRegulate", a.timeToRegulate().get().toString());
    }
    if (a.regulatedShare().isPresent()) {
      g.writeNumberField("regulatedShare", a.regulatedShare().getAsDouble());
    }
    strings("unknownEventIds", a.unknownEventIds(), g);
    g.writeEndObject();
  }

  private static void strings(String field, Iterable<String> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static Assessment read(Reading in) throws IOException {
    in.startObject("An assessment");
    boolean root = in.atRoot();
    JsonLocation start = in.location();
    Assessment.Builder b = Assessment.builder();
    boolean versioned = false;
    boolean typed = false;
    boolean outcome = false;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      if (WireNames.isDefined(name)) {
        seen.add(name);
      }
      switch (name) {
        case "schemaVersion":
          in.schemaVersion();
          versioned = true;
          break;
        case "type":
          if (!in.string("type").equals("assessment")) {
            throw in.fail(Problem.UNKNOWN_TYPE, "an assessment has the type \"assessment\"");
          }
          typed = true;
          break;
        case "sessionId":
          b.sessionId(in.string("sessionId"));
          break;
        case "ruleSetId":
          b.ruleSetId(in.string("ruleSetId"));
          break;
        case "ruleSetVersion":
          b.ruleSetVersion(in.string("ruleSetVersion"));
          break;
        case "headline":
          b.headline(in.enumValue(Headline.class, "headline"));
          break;
        case "status":
          b.status(in.enumValue(SessionStatus.class, "status"));
          break;
        case "endReasonKind":
          b.endReasonKind(in.enumValue(EndReasonKind.class, "endReasonKind"));
          break;
        case "rungs":
          b.rungs(in.array("rungs", r -> r.enumValue(Rung.class, "A rung")));
          break;
        case "findings":
          // a refused finding is null here: its violations are kept, and the document refused at its end
          b.findings(in.array("findings", AssessmentsCodec::finding).stream().filter(java.util.Objects::nonNull)
              .collect(java.util.stream.Collectors.toList()));
          break;
        case "goalOutcome":
          b.goalOutcome(goalOutcome(in));
          outcome = true;
          break;
        case "supportsThatHelped":
          b.supportsThatHelped(in.array("supportsThatHelped", r -> CoreValues.code(r, "A support")));
          break;
        case "caregiverReported":
          b.caregiverReported(in.array("caregiverReported", r -> CoreValues.code(r, "A concern")));
          break;
        case "toTryAtHome":
          b.toTryAtHome(in.array("toTryAtHome", r -> CoreValues.code(r, "A strategy")));
          break;
        case "supportsPresentWhenRegulationCame":
          b.supportsPresentWhenRegulationCame(in.array("supportsPresentWhenRegulationCame", r -> CoreValues.code(r, "A support")));
          break;
        case "timeToRegulate":
          b.timeToRegulate(in.duration("timeToRegulate"));
          break;
        case "regulatedShare":
          b.regulatedShare(in.number("regulatedShare"));
          break;
        case "unknownEventIds":
          b.unknownEventIds(in.array("unknownEventIds", r -> r.string("An event id")));
          break;
        default:
          throw in.unknownField(name, "An assessment");
      }
    }
    if (root && !versioned) {
      throw in.missing(in.pointer(), start, "schemaVersion", "An assessment document");
    }
    if (!typed) {
      throw in.missing(in.pointer(), start, "type", "An assessment");
    }
    if (!outcome) {
      throw in.missing(in.pointer(), start, "goalOutcome", "An assessment");
    }
    for (String required : REQUIRED) {
      if (!seen.contains(required)) {
        throw in.missing(in.pointer(), start, required, "An assessment");
      }
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      if (!in.hasCollected()) {
        throw in.invalid(in.pointer(), start, e);
      }
      // a finding was refused and left out, so a rung may lack its evidence only for that reason:
      // that one check is not reported with the others (it is, once the findings are mended)
      List<Violation> kept = new ArrayList<>();
      for (Violation v : e.violations()) {
        if (v.code() != CoreViolation.RUNG_WITHOUT_EVIDENCE) {
          kept.add(v);
        }
      }
      throw in.collected(in.pointer(), start, kept.isEmpty() ? null
          : new ValidationException(e.typeName(), kept, kept.size() + e.totalCount() - e.violations().size()));
    }
  }

  private static Finding finding(Reading in) throws IOException {
    in.startObject("A finding");
    JsonLocation start = in.location();
    Finding.Builder b = Finding.builder();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "ruleId":
          b.ruleId(in.string("ruleId"));
          break;
        case "ruleVersion":
          b.ruleVersion(in.integer("ruleVersion"));
          break;
        case "kind":
          b.kind(in.enumValue(FindingKind.class, "kind"));
          break;
        case "rung":
          b.rung(in.enumValue(Rung.class, "rung"));
          break;
        case "key":
          b.key(in.string("key"));
          break;
        case "evidence":
          b.evidence(in.array("evidence", r -> r.string("An event id")));
          break;
        default:
          throw in.unknownField(name, "A finding");
      }
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      in.collect(in.pointer(), start, e); // the document is refused at its end, with every violation
      return null;
    }
  }

  private static GoalOutcome goalOutcome(Reading in) throws IOException {
    in.startObject("goalOutcome");
    JsonLocation start = in.location();
    GoalOutcome.Builder b = GoalOutcome.builder();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "attemptIds":
          b.attemptIds(in.array("attemptIds", r -> r.string("An event id")));
          break;
        case "attemptsWhileNotReady":
          b.attemptsWhileNotReady(in.array("attemptsWhileNotReady", r -> r.string("An event id")));
          break;
        case "gasLevels":
          b.gasLevels(gasLevels(in));
          break;
        case "tScore":
          b.tScore(OptionalDouble.of(in.number("tScore")));
          break;
        default:
          throw in.unknownField(name, "A goal outcome");
      }
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      in.collect(in.pointer(), start, e); // the document is refused at its end, with every violation
      return GoalOutcome.builder().build();
    }
  }

  private static Map<String, Integer> gasLevels(Reading in) throws IOException {
    in.startObject("gasLevels");
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      levels.put(name, in.integer("A GAS level"));
    }
    if (in.p.currentToken() != JsonToken.END_OBJECT) {
      throw in.fail(Problem.MALFORMED, "gasLevels is not closed");
    }
    return levels;
  }
}
