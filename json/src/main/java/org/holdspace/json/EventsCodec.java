package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Events on the wire: an object with a {@code type} discriminator (written first), the common
 * fields {@code id}, {@code at}, {@code until}, and the fields of its kind. Reading accepts the
 * fields in any order.
 */
final class EventsCodec {
  static final String REGULATION = "regulationObservation";
  static final String SUPPORT = "sensorySupport";
  static final String ACTIVITY = "activity";
  static final String ENVIRONMENT = "environmentFactor";
  static final String READINESS = "readinessAssessment";
  static final String GOAL_ATTEMPT = "goalAttempt";
  static final String CONNECTION = "connectionObservation";
  static final String NOTE = "clinicianNote";

  private final Registry registry;

  EventsCodec(Registry registry) {
    this.registry = registry;
  }

  // ---------------------------------------------------------------- writing

  void write(SessionEvent e, JsonGenerator g) throws IOException {
    write(e, g, Map.of());
  }

  /** Writes {@code e}, then {@code extras} (field name to verbatim JSON) before its end. */
  void write(SessionEvent e, JsonGenerator g, Map<String, String> extras) throws IOException {
    if (e instanceof UnrecognizedEvent) {
      g.writeRawValue(((UnrecognizedEvent) e).json());
      return;
    }
    VendorEventCodec<SessionEvent> vendor = registry.eventCodecFor(e);
    Class<? extends SessionEvent> kind = vendor != null ? null : registry.libraryKindOf(e);
    g.writeStartObject();
    if (vendor != null) {
      header(vendor.typeName(), e, g);
      vendor.writeFields(e, g);
    } else if (kind == RegulationObservation.class) {
      RegulationObservation o = (RegulationObservation) e;
      header(REGULATION, e, g);
      g.writeStringField("band", Enums.wireName(o.band()));
      Writing.codes("signs", o.signs(), g);
      if (o.mode().isPresent()) {
        g.writeStringField("mode", Enums.wireName(o.mode().get()));
      }
      if (o.label().isPresent()) {
        g.writeFieldName("label");
        Writing.code(o.label().get(), g);
      }
    } else if (kind == SensorySupport.class) {
      SensorySupport s = (SensorySupport) e;
      header(SUPPORT, e, g);
      g.writeFieldName("support");
      Writing.code(s.support(), g);
      Writing.enums("systems", s.systems(), g);
      if (s.quality().isPresent()) {
        g.writeStringField("quality", Enums.wireName(s.quality().get()));
      }
      g.writeStringField("response", Enums.wireName(s.response()));
      if (s.effect().isPresent()) {
        g.writeStringField("effect", Enums.wireName(s.effect().get()));
      }
    } else if (kind == Activity.class) {
      Activity a = (Activity) e;
      header(ACTIVITY, e, g);
      g.writeFieldName("activity");
      Writing.code(a.activity(), g);
      g.writeStringField("demand", Enums.wireName(a.demand()));
    } else if (kind == EnvironmentFactor.class) {
      header(ENVIRONMENT, e, g);
      g.writeFieldName("factor");
      Writing.code(((EnvironmentFactor) e).factor(), g);
    } else if (kind == ReadinessAssessment.class) {
      ReadinessAssessment r = (ReadinessAssessment) e;
      header(READINESS, e, g);
      g.writeStringField("level", Enums.wireName(r.level()));
      Writing.enums("indicatorsMet", r.indicatorsMet(), g);
      Writing.enums("indicatorsNotMet", r.indicatorsNotMet(), g);
      g.writeStringField("assessedBy", r.assessedBy());
    } else if (kind == GoalAttempt.class) {
      GoalAttempt a = (GoalAttempt) e;
      header(GOAL_ATTEMPT, e, g);
      g.writeStringField("goalId", a.goalId());
      if (a.assistance().isPresent()) {
        g.writeFieldName("assistance");
        Writing.code(a.assistance().get(), g);
      }
      if (a.outcome().isPresent()) {
        g.writeStringField("outcome", Enums.wireName(a.outcome().get()));
      }
      if (a.gasLevel().isPresent()) {
        g.writeNumberField("gasLevel", a.gasLevel().getAsInt());
      }
    } else if (kind == ConnectionObservation.class) {
      header(CONNECTION, e, g);
      g.writeFieldName("sign");
      Writing.code(((ConnectionObservation) e).sign(), g);
    } else if (kind == ClinicianNote.class) {
      header(NOTE, e, g);
      g.writeStringField("text", ((ClinicianNote) e).text());
    } else {
      throw JsonMappingException.from(g, "No codec for the event type " + e.getClass().getName()
          + ": register a VendorEventCodec for it with HoldspaceModule.builder().addEvent(...), or, for an"
          + " implementation of a library event kind with no state of its own, addLibraryKind(...)");
    }
    for (Map.Entry<String, String> extra : extras.entrySet()) {
      g.writeFieldName(extra.getKey());
      g.writeRawValue(extra.getValue());
    }
    g.writeEndObject();
  }

  private static void header(String type, SessionEvent e, JsonGenerator g) throws IOException {
    g.writeStringField("type", type);
    g.writeStringField("id", e.id());
    g.writeStringField("at", e.at().toString());
    if (e.until().isPresent()) {
      g.writeStringField("until", e.until().get().toString());
    }
  }

  // ---------------------------------------------------------------- reading

  /** Everything any event kind may hold; filled field by field, built once the object ends. */
  private static final class Fields {
    String type;
    String id;
    Instant at;
    Instant until;
    ArousalBand band;
    List<Code> signs;
    RegulationMode mode;
    Code label;
    Code support;
    List<SensorySystem> systems;
    SupportQuality quality;
    SupportResponse response;
    SupportEffect effect;
    Code activity;
    DemandLevel demand;
    Code factor;
    ReadinessLevel level;
    List<ReadinessIndicator> indicatorsMet;
    List<ReadinessIndicator> indicatorsNotMet;
    String assessedBy;
    String goalId;
    Code assistance;
    AttemptOutcome outcome;
    Integer gasLevel;
    Code sign;
    String text;
    Map<String, JsonNode> vendorFields;
    Map<String, String> unknown;
  }

  SessionEvent read(Reading in) throws IOException {
    return read(in, null);
  }

  /**
   * Reads one event. With {@code unknownSink} (the mode that keeps unknown content), unknown
   * fields go there by event id, and an event of an unknown type is read as an {@link UnrecognizedEvent}.
   */
  SessionEvent read(Reading in, Map<String, Map<String, String>> unknownSink) throws IOException {
    if (unknownSink != null) {
      in.startObject("An event");
      Reading.Deferred whole = in.defer("");
      JsonNode type = whole.value.get("type");
      if (type != null && type.isTextual() && !isLibraryType(type.textValue())
          && registry.eventCodec(type.textValue()) == null) {
        return unrecognized(in.over(whole), type.textValue(), whole);
      }
      return readObject(in.over(whole), unknownSink);
    }
    return readObject(in, null);
  }

  private SessionEvent unrecognized(Reading in, String type, Reading.Deferred whole) throws IOException {
    String id = null;
    Instant at = null;
    Instant until = null;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "id":
          id = in.string("id");
          break;
        case "at":
          at = in.instant("at");
          break;
        case "until":
          until = in.instant("until");
          break;
        default:
          in.p.skipChildren();
      }
    }
    if (id == null) {
      throw in.missing(whole.pointer, whole.location, "id", "An event");
    }
    if (at == null) {
      throw in.missing(whole.pointer, whole.location, "at", "An event");
    }
    return new UnrecognizedEvent(type, id, at, Optional.ofNullable(until), whole.value.toString());
  }

  private SessionEvent readObject(Reading in, Map<String, Map<String, String>> unknownSink) throws IOException {
    in.startObject("An event");
    JsonLocation start = in.location();
    Fields f = new Fields();
    if (unknownSink != null) {
      f.unknown = new LinkedHashMap<>();
    }
    List<Reading.Deferred> deferred = new ArrayList<>();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "type":
          f.type = in.string("type");
          if (!isLibraryType(f.type) && registry.eventCodec(f.type) == null) {
            throw in.fail(Problem.UNKNOWN_TYPE, "the event type is neither the library's nor registered");
          }
          break;
        case "id":
          f.id = in.string("id");
          break;
        case "at":
          f.at = in.instant("at");
          break;
        case "until":
          f.until = in.instant("until");
          break;
        default:
          if (f.type == null) {
            deferred.add(in.defer(name));
          } else {
            field(f, name, in, null);
          }
      }
    }
    if (f.type == null) {
      throw in.missing(in.pointer(), start, "type", "An event");
    }
    for (Reading.Deferred d : deferred) {
      field(f, d.name, in.over(d), d);
    }
    if (f.id == null) {
      throw in.missing(in.pointer(), start, "id", "An event");
    }
    if (f.at == null) {
      throw in.missing(in.pointer(), start, "at", "An event");
    }
    try {
      SessionEvent event = build(f, in, start);
      if (f.unknown != null && !f.unknown.isEmpty()) {
        unknownSink.put(event.id(), f.unknown);
      }
      return event;
    } catch (ValidationException e) {
      throw in.invalid(in.pointer(), start, e);
    } catch (IllegalArgumentException e) {
      throw new HoldspaceJsonException(in.p, Problem.INVALID_VALUE, in.pointer(), start,
          "the event of type " + Reading.safeName(f.type) + " was refused by its codec", List.of(), null);
    }
  }

  static boolean isLibraryType(String type) {
    switch (type) {
      case REGULATION:
      case SUPPORT:
      case ACTIVITY:
      case ENVIRONMENT:
      case READINESS:
      case GOAL_ATTEMPT:
      case CONNECTION:
      case NOTE:
        return true;
      default:
        return false;
    }
  }

  /** Reads field {@code name} of an event of type {@code f.type}; {@code d} is set when the value was deferred. */
  private void field(Fields f, String name, Reading in, Reading.Deferred d) throws IOException {
    if (!isLibraryType(f.type)) {
      if (f.vendorFields == null) {
        f.vendorFields = new LinkedHashMap<>();
      }
      f.vendorFields.put(name, d != null ? d.value : in.tree());
      return;
    }
    if (!libraryField(f, name, in)) {
      if (f.unknown != null) {
        f.unknown.put(name, (d != null ? d.value : in.tree()).toString());
        return;
      }
      throw d != null ? in.unknownField(d, "An event of type " + f.type)
          : in.unknownField(name, "An event of type " + f.type);
    }
  }

  /** Reads {@code name} if events of type {@code f.type} have it; false if they do not. No string is built. */
  private static boolean libraryField(Fields f, String name, Reading in) throws IOException {
    switch (f.type) {
      case REGULATION:
        switch (name) {
          case "band":
            f.band = in.enumValue(ArousalBand.class, "band");
            return true;
          case "signs":
            f.signs = in.array("signs", r -> r.code("A sign"));
            return true;
          case "mode":
            f.mode = in.enumValue(RegulationMode.class, "mode");
            return true;
          case "label":
            f.label = in.code("label");
            return true;
          default:
            return false;
        }
      case SUPPORT:
        switch (name) {
          case "support":
            f.support = in.code("support");
            return true;
          case "systems":
            f.systems = in.array("systems", r -> r.enumValue(SensorySystem.class, "A sensory system"));
            return true;
          case "quality":
            f.quality = in.enumValue(SupportQuality.class, "quality");
            return true;
          case "response":
            f.response = in.enumValue(SupportResponse.class, "response");
            return true;
          case "effect":
            f.effect = in.enumValue(SupportEffect.class, "effect");
            return true;
          default:
            return false;
        }
      case ACTIVITY:
        switch (name) {
          case "activity":
            f.activity = in.code("activity");
            return true;
          case "demand":
            f.demand = in.enumValue(DemandLevel.class, "demand");
            return true;
          default:
            return false;
        }
      case ENVIRONMENT:
        if (name.equals("factor")) {
          f.factor = in.code("factor");
          return true;
        }
        return false;
      case READINESS:
        switch (name) {
          case "level":
            f.level = in.enumValue(ReadinessLevel.class, "level");
            return true;
          case "indicatorsMet":
            f.indicatorsMet = in.array("indicatorsMet", r -> r.enumValue(ReadinessIndicator.class, "An indicator"));
            return true;
          case "indicatorsNotMet":
            f.indicatorsNotMet = in.array("indicatorsNotMet",
                r -> r.enumValue(ReadinessIndicator.class, "An indicator"));
            return true;
          case "assessedBy":
            f.assessedBy = in.string("assessedBy");
            return true;
          default:
            return false;
        }
      case GOAL_ATTEMPT:
        switch (name) {
          case "goalId":
            f.goalId = in.string("goalId");
            return true;
          case "assistance":
            f.assistance = in.code("assistance");
            return true;
          case "outcome":
            f.outcome = in.enumValue(AttemptOutcome.class, "outcome");
            return true;
          case "gasLevel":
            f.gasLevel = in.integer("gasLevel");
            return true;
          default:
            return false;
        }
      case CONNECTION:
        if (name.equals("sign")) {
          f.sign = in.code("sign");
          return true;
        }
        return false;
      case NOTE:
        if (name.equals("text")) {
          f.text = in.string("text");
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  private SessionEvent build(Fields f, Reading in, JsonLocation start) throws IOException {
    Optional<Instant> until = Optional.ofNullable(f.until);
    switch (f.type) {
      case REGULATION:
        require(f.band, "band", f, in, start);
        return RegulationObservation.builder().id(f.id).at(f.at).until(until).band(f.band)
            .signs(orEmpty(f.signs)).mode(Optional.ofNullable(f.mode)).label(Optional.ofNullable(f.label)).build();
      case SUPPORT:
        require(f.support, "support", f, in, start);
        require(f.response, "response", f, in, start);
        return SensorySupport.builder().id(f.id).at(f.at).until(until).support(f.support)
            .systems(orEmpty(f.systems)).quality(Optional.ofNullable(f.quality)).response(f.response)
            .effect(Optional.ofNullable(f.effect)).build();
      case ACTIVITY:
        require(f.activity, "activity", f, in, start);
        require(f.demand, "demand", f, in, start);
        return Activity.builder().id(f.id).at(f.at).until(until).activity(f.activity).demand(f.demand).build();
      case ENVIRONMENT:
        require(f.factor, "factor", f, in, start);
        return EnvironmentFactor.builder().id(f.id).at(f.at).until(until).factor(f.factor).build();
      case READINESS:
        require(f.level, "level", f, in, start);
        require(f.assessedBy, "assessedBy", f, in, start);
        return ReadinessAssessment.builder().id(f.id).at(f.at).until(until).level(f.level)
            .indicatorsMet(orEmpty(f.indicatorsMet)).indicatorsNotMet(orEmpty(f.indicatorsNotMet))
            .assessedBy(f.assessedBy).build();
      case GOAL_ATTEMPT:
        require(f.goalId, "goalId", f, in, start);
        return GoalAttempt.builder().id(f.id).at(f.at).until(until).goalId(f.goalId)
            .assistance(Optional.ofNullable(f.assistance)).outcome(Optional.ofNullable(f.outcome))
            .gasLevel(f.gasLevel == null ? OptionalInt.empty() : OptionalInt.of(f.gasLevel)).build();
      case CONNECTION:
        require(f.sign, "sign", f, in, start);
        return ConnectionObservation.builder().id(f.id).at(f.at).until(until).sign(f.sign).build();
      case NOTE:
        require(f.text, "text", f, in, start);
        return ClinicianNote.builder().id(f.id).at(f.at).until(until).text(f.text).build();
      default:
        VendorEventCodec<?> codec = registry.eventCodec(f.type);
        return codec.read(new EventHeader(f.id, f.at, until),
            f.vendorFields == null ? Map.of() : java.util.Collections.unmodifiableMap(f.vendorFields));
    }
  }

  private static void require(Object value, String field, Fields f, Reading in, JsonLocation start)
      throws HoldspaceJsonException {
    if (value == null) {
      throw in.missing(in.pointer(), start, field, "An event of type " + f.type);
    }
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
