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
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.timeline.EventHeader;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Events on the wire: an object with a {@code type} discriminator (written first), the common
 * fields {@code id}, {@code at}, {@code until}, and the fields of its kind, which the kind's own
 * codec writes and reads ({@link LibraryEventCodecs}, or a vendor's {@link JsonEventCodec}).
 * Reading accepts the fields in any order; fields met before the {@code type} are deferred.
 */
final class EventsCodec {
  private final Registry registry;

  EventsCodec(Registry registry) {
    this.registry = registry;
  }

  /** @return whether {@code type} names one of the library's event kinds */
  static boolean isLibraryType(String type) {
    return LibraryEventCodecs.named(type) != null;
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
    JsonEventCodec<SessionEvent> vendor = registry.eventCodecFor(e);
    Class<? extends SessionEvent> kind = vendor != null ? null : registry.libraryKindOf(e);
    if (vendor == null && kind == null) {
      throw JsonMappingException.from(g, "No codec for the event type " + e.getClass().getName()
          + ": register a JsonEventCodec for it with HoldspaceModule.builder().addEvent(...), or, for an"
          + " implementation of a library event kind with no state of its own, addLibraryKind(...)");
    }
    g.writeStartObject();
    if (vendor != null) {
      header(vendor.typeName(), e, g);
      vendor.writeFields(e, g);
    } else {
      writeKind(LibraryEventCodecs.of(kind), e, g);
    }
    for (Map.Entry<String, String> extra : extras.entrySet()) {
      g.writeFieldName(extra.getKey());
      g.writeRawValue(extra.getValue());
    }
    g.writeEndObject();
  }

  private static <E extends SessionEvent> void writeKind(EventKindCodec<E> codec, SessionEvent e, JsonGenerator g)
      throws IOException {
    header(codec.typeName(), e, g);
    codec.writeFields(codec.kind().cast(e), g);
  }

  private static void header(String type, SessionEvent e, JsonGenerator g) throws IOException {
    g.writeStringField("type", type);
    g.writeStringField("id", e.id());
    Writing.instant("at", e.at(), g);
    if (e.until().isPresent()) {
      Writing.instant("until", e.until().get(), g);
    }
  }

  // ---------------------------------------------------------------- reading

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

  /** The state of one event being read: its common fields and its kind's reader (or a vendor's fields). */
  private static final class Partial {
    String type;
    String id;
    Instant at;
    Instant until;
    EventKindCodec.Fields<? extends SessionEvent> kind;
    Map<String, JsonNode> vendorFields;
    Map<String, Integer> vendorPositions;
    Map<String, String> unknown;
  }

  private SessionEvent readObject(Reading in, Map<String, Map<String, String>> unknownSink) throws IOException {
    in.startObject("An event");
    JsonLocation start = in.location();
    Partial f = new Partial();
    if (unknownSink != null) {
      f.unknown = new LinkedHashMap<>();
    }
    List<Reading.Deferred> deferred = new ArrayList<>();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "type":
          f.type = in.string("type");
          EventKindCodec<?> codec = LibraryEventCodecs.named(f.type);
          if (codec != null) {
            f.kind = codec.reader();
          } else if (registry.eventCodec(f.type) == null) {
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
      // refused, but the reading goes on: the document is refused at its end with every violation
      in.collect(in.pointer(), start, e);
      return StandIns.event(f.id, f.at, Optional.ofNullable(f.until));
    } catch (IllegalArgumentException e) {
      throw new HoldspaceJsonException(in.p, Problem.INVALID_VALUE, in.pointer(), start,
          "the event of type " + Reading.safeName(f.type) + " was refused by its codec", List.of(), null);
    }
  }

  /** Reads field {@code name} of the event; {@code d} is set when the value was deferred. */
  private static void field(Partial f, String name, Reading in, Reading.Deferred d) throws IOException {
    if (f.kind == null) {
      if (f.vendorFields == null) {
        f.vendorFields = new LinkedHashMap<>();
        f.vendorPositions = new LinkedHashMap<>();
      }
      f.vendorPositions.put(name, d != null ? d.index : in.fieldIndex());
      f.vendorFields.put(name, d != null ? d.value : in.tree());
      return;
    }
    if (!f.kind.read(name, in)) {
      if (f.unknown != null) {
        f.unknown.put(name, (d != null ? d.value : in.tree()).toString());
        return;
      }
      throw d != null ? in.unknownField(d, "An event of type " + f.type)
          : in.unknownField(name, "An event of type " + f.type);
    }
  }

  private SessionEvent build(Partial f, Reading in, JsonLocation start) throws IOException {
    Optional<Instant> until = Optional.ofNullable(f.until);
    if (f.kind != null) {
      String missing = f.kind.missing();
      if (missing != null) {
        throw in.missing(in.pointer(), start, missing, "An event of type " + f.type);
      }
      return f.kind.build(f.id, f.at, until);
    }
    JsonEventCodec<?> codec = registry.eventCodec(f.type);
    EventHeader header = EventHeader.of(f.id, f.at, until);
    return VendorFields.call(in, start, "the event of type " + Reading.safeName(f.type),
        f.vendorFields == null ? Map.of() : f.vendorFields, f.vendorPositions == null ? Map.of() : f.vendorPositions,
        f.unknown, fields -> codec.read(header, fields));
  }
}
