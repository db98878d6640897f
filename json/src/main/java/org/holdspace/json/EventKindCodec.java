package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.timeline.SessionEvent;

/**
 * One library event kind on the wire, as jsr310 has one class per type: its {@code type} name,
 * how its own fields are written, and how they are read into the library's builder. The common
 * fields ({@code type}, {@code id}, {@code at}, {@code until}) are {@link EventsCodec}'s; adding
 * an event kind touches its codec and the table in {@link LibraryEventCodecs}.
 *
 * @param <E> the kind
 */
abstract class EventKindCodec<E extends SessionEvent> {
  private final String typeName;
  private final Class<E> kind;

  EventKindCodec(String typeName, Class<E> kind) {
    this.typeName = typeName;
    this.kind = kind;
  }

  /** @return the {@code type} discriminator on the wire */
  final String typeName() {
    return typeName;
  }

  /** @return the library interface of the kind */
  final Class<E> kind() {
    return kind;
  }

  /** Writes the kind's own fields of {@code event}, after the common ones. */
  abstract void writeFields(E event, JsonGenerator g) throws IOException;

  /** @return a reader for one event of this kind */
  abstract Fields<E> reader();

  /** Reads the fields of one event of a kind into its builder, in any order. */
  interface Fields<E> {

    /**
     * Reads field {@code name} if the kind has it.
     *
     * @return false if the kind has no field of that name (nothing was read)
     */
    boolean read(String name, Reading in) throws IOException;

    /** @return the name of the first required field not read, or null if all were */
    String missing();

    /**
     * @return the event, with the common fields
     * @throws org.holdspace.validation.ValidationException if the values break the kind's constraints
     */
    E build(String id, Instant at, Optional<Instant> until);
  }
}
