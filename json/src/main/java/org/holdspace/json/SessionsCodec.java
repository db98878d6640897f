package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAchievementStatus;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Sessions and goals on the wire. A session written as a document's root starts with {@code
 * schemaVersion}, then {@code type} ({@code session} for the library's own, a vendor's registered
 * name otherwise), then the fields of {@link Session}, then a vendor's own fields.
 */
final class SessionsCodec {
  static final String LIBRARY_TYPE = "session";

  private final Registry registry;
  private final EventsCodec events;
  private final int maxEvents;

  SessionsCodec(Registry registry, EventsCodec events, int maxEvents) {
    this.registry = registry;
    this.events = events;
    this.maxEvents = maxEvents;
  }

  // ---------------------------------------------------------------- writing

  void write(Session s, JsonGenerator g) throws IOException {
    Map<String, String> unknownFields = Map.of();
    Map<String, Map<String, String>> unknownEventFields = Map.of();
    if (s instanceof PreservingSession) {
      PreservingSession kept = (PreservingSession) s;
      unknownFields = kept.unknownFields();
      unknownEventFields = kept.unknownEventFields();
      s = kept.session();
    }
    JsonSessionCodec<Session> vendor = registry.sessionCodecFor(s);
    if (vendor == null && !Session.isLibraryValue(s)) {
      throw JsonMappingException.from(g, "No codec for the session type " + s.getClass().getName()
          + ": register a JsonSessionCodec for it with HoldspaceModule.builder().addSession(...)");
    }
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject();
    if (root) {
      g.writeNumberField("schemaVersion", HoldspaceModule.SCHEMA_VERSION);
    }
    g.writeStringField("type", vendor == null ? LIBRARY_TYPE : vendor.typeName());
    g.writeStringField("id", s.id());
    g.writeStringField("clientId", s.clientId());
    g.writeStringField("clinicianId", s.clinicianId());
    g.writeFieldName("discipline");
    Writing.code(s.discipline(), g);
    if (s.setting().isPresent()) {
      g.writeFieldName("setting");
      Writing.code(s.setting().get(), g);
    }
    g.writeFieldName("planned");
    Writing.interval(s.planned(), g);
    if (s.actual().isPresent()) {
      g.writeFieldName("actual");
      Writing.interval(s.actual().get(), g);
    }
    if (s.zone().isPresent()) {
      g.writeStringField("zone", s.zone().get().getId());
    }
    if (s.familyLanguage().isPresent()) {
      g.writeStringField("familyLanguage", s.familyLanguage().get().toLanguageTag());
    }
    if (s.interpreterUsed().isPresent()) {
      g.writeBooleanField("interpreterUsed", s.interpreterUsed().get());
    }
    Writing.enumField("status", s.status(), g);
    if (s.endReason().isPresent()) {
      g.writeFieldName("endReason");
      Writing.code(s.endReason().get(), g);
    }
    g.writeArrayFieldStart("goals");
    for (Goal goal : s.goals()) {
      writeGoal(goal, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (SessionEvent e : s.events()) {
      events.write(e, g, unknownEventFields.getOrDefault(e.id(), Map.of()));
    }
    g.writeEndArray();
    if (vendor != null) {
      vendor.writeFields(s, g);
    }
    for (Map.Entry<String, String> extra : unknownFields.entrySet()) {
      g.writeFieldName(extra.getKey());
      g.writeRawValue(extra.getValue());
    }
    g.writeEndObject();
  }

  static void writeGoal(Goal goal, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", goal.id());
    g.writeStringField("description", goal.description());
    if (goal.target().isPresent()) {
      g.writeStringField("target", goal.target().get());
    }
    g.writeStringField("lifecycleStatus", goal.lifecycleStatus().fhirCode());
    if (goal.achievementStatus().isPresent()) {
      g.writeStringField("achievementStatus", goal.achievementStatus().get().fhirCode());
    }
    g.writeNumberField("gasBaseline", goal.gasBaseline());
    g.writeNumberField("gasWeight", goal.gasWeight());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- reading

  Session read(Reading in) throws IOException {
    in.startObject("A session");
    boolean root = in.atRoot();
    JsonLocation start = in.location();
    Session.Builder b = Session.builder();
    String type = null;
    Integer version = null;
    List<Reading.Deferred> extra = new ArrayList<>();
    Map<String, Map<String, String>> unknownEventFields = registry.keepUnknown() ? new LinkedHashMap<>() : null;
    boolean seenId = false;
    boolean seenClient = false;
    boolean seenClinician = false;
    boolean seenDiscipline = false;
    boolean seenPlanned = false;
    boolean seenStatus = false;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "schemaVersion":
          version = in.schemaVersion();
          break;
        case "type":
          type = in.string("type");
          if (!type.equals(LIBRARY_TYPE) && registry.sessionCodec(type) == null) {
            throw in.fail(Problem.UNKNOWN_TYPE, "the session type is neither the library's nor registered");
          }
          break;
        case "id":
          b.id(in.string("id"));
          seenId = true;
          break;
        case "clientId":
          b.clientId(in.string("clientId"));
          seenClient = true;
          break;
        case "clinicianId":
          b.clinicianId(in.string("clinicianId"));
          seenClinician = true;
          break;
        case "discipline":
          b.discipline(CoreValues.code(in, "discipline"));
          seenDiscipline = true;
          break;
        case "setting":
          b.setting(CoreValues.code(in, "setting"));
          break;
        case "planned":
          b.planned(CoreValues.interval(in, "planned"));
          seenPlanned = true;
          break;
        case "actual":
          b.actual(CoreValues.interval(in, "actual"));
          break;
        case "zone":
          b.zone(zone(in));
          break;
        case "familyLanguage":
          b.familyLanguage(java.util.Locale.forLanguageTag(in.string("familyLanguage")));
          break;
        case "interpreterUsed":
          b.interpreterUsed(in.bool("interpreterUsed"));
          break;
        case "status":
          b.status(in.enumValue(SessionStatus.class, "status"));
          seenStatus = true;
          break;
        case "endReason":
          b.endReason(CoreValues.code(in, "endReason"));
          break;
        case "goals":
          b.goals(in.array("goals", SessionsCodec::readGoal));
          break;
        case "events":
          b.events(in.array("events", r -> events.read(r, unknownEventFields), maxEvents));
          break;
        default:
          if (type != null && type.equals(LIBRARY_TYPE) && !registry.keepUnknown()) {
            throw in.unknownField(name, "A session");
          }
          extra.add(in.defer(name));
      }
    }
    if (root && version == null) {
      throw in.missing(in.pointer(), start, "schemaVersion", "A session document");
    }
    if (type == null) {
      throw in.missing(in.pointer(), start, "type", "A session");
    }
    String[] required = {"id", "clientId", "clinicianId", "discipline", "planned", "status"};
    boolean[] seen = {seenId, seenClient, seenClinician, seenDiscipline, seenPlanned, seenStatus};
    requireAll(in, start, required, seen, "A session");
    Session base;
    try {
      base = b.build();
    } catch (ValidationException e) {
      throw in.invalid(in.pointer(), start, e);
    }
    if (type.equals(LIBRARY_TYPE)) {
      if (!registry.keepUnknown()) {
        if (!extra.isEmpty()) {
          throw in.unknownField(extra.get(0), "A session");
        }
        return base;
      }
      Map<String, String> kept = new LinkedHashMap<>();
      for (Reading.Deferred d : extra) {
        kept.put(d.name, d.value.toString());
      }
      return kept.isEmpty() && unknownEventFields.isEmpty() ? base
          : new PreservingSession(base, kept, unknownEventFields);
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (Reading.Deferred d : extra) {
      fields.put(d.name, d.value);
      positions.put(d.name, d.index);
    }
    Map<String, String> kept = registry.keepUnknown() ? new LinkedHashMap<>() : null;
    JsonSessionCodec<?> codec = registry.sessionCodec(type);
    Session vendor = VendorFields.call(in, start, "the session of type " + Reading.safeName(type), fields, positions,
        kept, f -> codec.read(base, f));
    boolean nothingKept = (kept == null || kept.isEmpty()) && (unknownEventFields == null || unknownEventFields.isEmpty());
    return nothingKept ? vendor : new PreservingSession(vendor, kept == null ? Map.of() : kept,
        unknownEventFields == null ? Map.of() : unknownEventFields);
  }

  private static void requireAll(Reading in, JsonLocation start, String[] fields, boolean[] seen,
      String what) throws HoldspaceJsonException {
    for (int i = 0; i < fields.length; i++) {
      if (!seen[i]) {
        throw in.missing(in.pointer(), start, fields[i], what);
      }
    }
  }

  /** A time-zone id, refused with INVALID_VALUE when Java knows no such zone. */
  static ZoneId zone(Reading in) throws IOException {
    String text = in.string("zone");
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw in.fail(Problem.INVALID_VALUE, "zone must be a time-zone id such as Europe/London");
    }
  }

  static Goal readGoal(Reading in) throws IOException {
    in.startObject("A goal");
    JsonLocation start = in.location();
    Goal.Builder b = Goal.builder();
    String id = null;
    boolean seenId = false;
    boolean seenDescription = false;
    boolean seenLifecycle = false;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "id":
          id = in.string("id");
          b.id(id);
          seenId = true;
          break;
        case "description":
          b.description(in.string("description"));
          seenDescription = true;
          break;
        case "target":
          b.target(in.string("target"));
          break;
        case "lifecycleStatus":
          b.lifecycleStatus(GoalLifecycleStatus.fromFhirCode(in.string("lifecycleStatus"))
              .orElseThrow(() -> in.fail(Problem.INVALID_VALUE, "lifecycleStatus is not a FHIR goal-status code")));
          seenLifecycle = true;
          break;
        case "achievementStatus":
          b.achievementStatus(GoalAchievementStatus.fromFhirCode(in.string("achievementStatus"))
              .orElseThrow(() -> in.fail(Problem.INVALID_VALUE,
                  "achievementStatus is not a FHIR goal-achievement code")));
          break;
        case "gasBaseline":
          b.gasBaseline(in.integer("gasBaseline"));
          break;
        case "gasWeight":
          b.gasWeight(in.number("gasWeight"));
          break;
        default:
          throw in.unknownField(name, "A goal");
      }
    }
    String[] required = {"id", "description", "lifecycleStatus"};
    boolean[] seen = {seenId, seenDescription, seenLifecycle};
    requireAll(in, start, required, seen, "A goal");
    try {
      return b.build();
    } catch (ValidationException e) {
      // refused, but the reading goes on: the document is refused at its end with every violation
      in.collect(in.pointer(), start, e);
      return StandIns.goal(id);
    }
  }
}
