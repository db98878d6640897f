package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.narrative.SessionNote;
import org.holdspace.goal.Goal;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * The Jackson module for Holdspace's core types, in the manner of {@code jackson-datatype-jsr310}:
 * hand-written codecs that build values through the core builders, with no Jackson annotation on
 * any core type. Sessions, events, goals, codes, intervals and assessments are covered; the wire
 * format is described in the project's README.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new HoldspaceModule());
 * String json = mapper.writeValueAsString(session);
 * Session back = mapper.readValue(json, Session.class);   // equal to session
 * }</pre>
 *
 * <p>A vendor registers its own event and session types:
 *
 * <pre>{@code
 * HoldspaceModule module = HoldspaceModule.builder()
 *     .addEvent(hydrationBreakCodec)     // a JsonEventCodec<HydrationBreak>
 *     .addSession(clinicSessionCodec)    // a JsonSessionCodec<ClinicSession>
 *     .build();
 * }</pre>
 *
 * <p>Unknown fields and unknown types fail with a {@link HoldspaceJsonException} naming the JSON
 * pointer. The module is also found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services} (without vendor codecs).
 */
public final class HoldspaceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The version of the wire format this module writes and reads, written as {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** Where the JSON Schema (draft 2020-12) of the wire format lies in this jar; read it with {@link #jsonSchema()}. */
  public static final String SCHEMA_RESOURCE = "/org/holdspace/json/holdspace.schema.json";

  /**
   * The JSON Schema (draft 2020-12) of the documents this module writes, from this jar. The caller
   * closes the stream.
   *
   * @return the schema, as a stream
   */
  public static java.io.InputStream jsonSchema() {
    java.io.InputStream in = HoldspaceModule.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The JSON Schema is missing from the holdspace-json jar");
    }
    return in;
  }

  /** The limits its readers apply. */
  private final JsonLimits limits;

  /** A module with no vendor types and the default limits. */
  public HoldspaceModule() {
    this(new Registry(List.of(), List.of(), false, Map.of()), JsonLimits.defaults());
  }

  private HoldspaceModule(Registry registry, JsonLimits limits) {
    super("HoldspaceModule", new Version(0, 1, 0, "SNAPSHOT", "org.holdspace", "holdspace-json"));
    this.limits = limits;
    EventsCodec events = new EventsCodec(registry);
    SessionsCodec sessions = new SessionsCodec(registry, events, limits.maxEventsPerSession());

    addSerializer(Code.class, writer(Code.class, Writing::code));
    addDeserializer(Code.class, reader(Code.class, in -> CoreValues.code(in, "A code")));
    addSerializer(Interval.class, writer(Interval.class, Writing::interval));
    addDeserializer(Interval.class, reader(Interval.class, in -> CoreValues.interval(in, "An interval")));
    addSerializer(Goal.class, writer(Goal.class, SessionsCodec::writeGoal));
    addDeserializer(Goal.class, reader(Goal.class, SessionsCodec::readGoal));
    addSerializer(SessionEvent.class, writer(SessionEvent.class, events::write));
    addDeserializer(SessionEvent.class, reader(SessionEvent.class, events::read));
    for (EventKindCodec<?> kind : LibraryEventCodecs.ALL) {
      addEventReader(kind.kind(), events);
    }
    addSerializer(Session.class, writer(Session.class, sessions::write));
    addDeserializer(Session.class, reader(Session.class, sessions::read));
    for (JsonSessionCodec<?> c : registry.sessions()) {
      addSessionReader(c.type(), sessions);
    }
    for (JsonEventCodec<?> c : registry.events()) {
      addEventReader(c.type(), events);
    }
    addSerializer(Assessment.class, writer(Assessment.class, AssessmentsCodec::write));
    addDeserializer(Assessment.class, reader(Assessment.class, AssessmentsCodec::read));
    addSerializer(SessionNote.class, writer(SessionNote.class, SessionNotesCodec::write));
    addDeserializer(SessionNote.class, reader(SessionNote.class, SessionNotesCodec::read));
  }

  /** {@return the limits this module was built with} */
  public JsonLimits limits() {
    return limits;
  }

  /** {@return a builder, for a module that knows a vendor's own types} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldspaceModule} with vendor codecs. */
  public static final class Builder {
    private final List<JsonEventCodec<?>> events = new ArrayList<>();
    private final List<JsonSessionCodec<?>> sessions = new ArrayList<>();
    private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds = new HashMap<>();
    private JsonLimits limits = JsonLimits.defaults();
    private boolean keepUnknown;

    private Builder() {}

    /**
     * Keep unknown content instead of refusing it: an event of an unknown type is read as an
     * {@link UnrecognizedEvent}, and unknown fields of a library session or of its events make it
     * a {@link PreservingSession}; both are written back with that content unchanged. Off by
     * default: unknown content fails, naming its JSON pointer.
     *
     * @return this builder
     */
    public Builder keepUnknownContent() {
      this.keepUnknown = true;
      return this;
    }

    /**
     * The limits the module's readers apply (events per session); {@link HoldspaceJson} applies the rest.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Registers a vendor's event type.
     *
     * @param codec its codec
     * @return this builder
     */
    public Builder addEvent(JsonEventCodec<?> codec) {
      check(codec.typeName(), codec.type());
      events.add(codec);
      return this;
    }

    /**
     * Registers a vendor's own implementation of one of the library's event kinds that holds no
     * state beyond the kind's fields: it is written as that kind (and read back as the library's
     * own implementation). An implementation with state of its own needs a {@link
     * JsonEventCodec} instead; an implementation registered neither way is refused when written,
     * so that nothing is lost without a word.
     *
     * <pre>{@code
     * HoldspaceModule.builder().addLibraryKind(HandWrittenEvents.Regulation.class, RegulationObservation.class).build();
     * }</pre>
     *
     * @param <E> the kind
     * @param type the vendor's class
     * @param kind the library's event kind it implements, for example {@code RegulationObservation.class}
     * @return this builder
     * @throws IllegalArgumentException if {@code kind} is not a library event kind or {@code type} does
     *     not implement it
     */
    public <E extends SessionEvent> Builder addLibraryKind(Class<? extends E> type, Class<E> kind) {
      if (!LibraryTypes.isKind(kind)) {
        throw new IllegalArgumentException(kind.getName() + " is not one of the library's event kinds");
      }
      if (!kind.isAssignableFrom(type) || type.isInterface()) {
        throw new IllegalArgumentException(type.getName() + " is not a class implementing " + kind.getName());
      }
      libraryKinds.put(type, kind);
      return this;
    }

    /**
     * Registers a vendor's session type.
     *
     * @param codec its codec
     * @return this builder
     */
    public Builder addSession(JsonSessionCodec<?> codec) {
      check(codec.typeName(), codec.type());
      sessions.add(codec);
      return this;
    }

    private void check(String typeName, Class<?> type) {
      if (typeName == null || typeName.isBlank() || type == null) {
        throw new IllegalArgumentException("A vendor codec needs a type name and a type");
      }
      for (JsonEventCodec<?> c : events) {
        if (c.typeName().equals(typeName)) {
          throw new IllegalArgumentException("The type name " + typeName + " is registered twice");
        }
      }
      for (JsonSessionCodec<?> c : sessions) {
        if (c.typeName().equals(typeName)) {
          throw new IllegalArgumentException("The type name " + typeName + " is registered twice");
        }
      }
      if (EventsCodec.isLibraryType(typeName) || typeName.equals(SessionsCodec.LIBRARY_TYPE)
          || typeName.equals("assessment")) {
        throw new IllegalArgumentException("The type name " + typeName + " is the library's own");
      }
    }

    /** {@return the module} */
    public HoldspaceModule build() {
      return new HoldspaceModule(new Registry(events, sessions, keepUnknown, libraryKinds), limits);
    }
  }

  private interface Write<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private static <T> JsonSerializer<T> writer(Class<T> type, Write<T> write) {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write.write(value, g);
      }
    };
  }

  private static <T> JsonDeserializer<T> reader(Class<T> type, Reading.ValueReader<? extends T> read) {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Reading in = new Reading(p, ctxt);
        try {
          T value = read.read(in);
          if (in.hasCollected()) { // a nested value was refused: the document is, with every violation
            throw in.collected(null, null, null);
          }
          return value;
        } catch (HoldspaceJsonException e) {
          throw e;
        } catch (StreamConstraintsException e) {
          throw in.fail(Problem.LIMIT_EXCEEDED, "the input is larger than the configured limits allow");
        } catch (JsonProcessingException e) {
          // Jackson's own message may quote the input: keep only the place
          throw in.fail(Problem.MALFORMED, "the input is not well-formed JSON");
        } catch (java.io.CharConversionException e) {
          throw in.fail(Problem.MALFORMED, "the input could not be read as JSON text");
        } catch (IOException e) {
          throw HoldspaceJson.ioFailure(e); // the stream failed, not the data
        }
      }
    };
  }

  private <E extends SessionEvent> void addEventReader(Class<E> kind, EventsCodec events) {
    addDeserializer(kind, reader(kind, in -> {
      SessionEvent e = events.read(in);
      if (in.hasCollected()) {
        throw in.collected(null, null, null); // a refused event of this kind: its violations, not its type
      }
      if (!kind.isInstance(e)) {
        throw in.fail(Problem.UNKNOWN_TYPE, "expected an event of another type here");
      }
      return kind.cast(e);
    }));
  }

  private <S extends Session> void addSessionReader(Class<S> kind, SessionsCodec sessions) {
    addDeserializer(kind, reader(kind, in -> {
      Session s = sessions.read(in);
      if (!kind.isInstance(s)) {
        throw in.fail(Problem.UNKNOWN_TYPE, "expected a session of another type here");
      }
      return kind.cast(s);
    }));
  }
}
