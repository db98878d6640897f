package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.holdspace.timeline.SessionEvent;

/**
 * How a vendor's own event type travels in JSON. The module writes and reads the common fields
 * ({@code type}, {@code id}, {@code at}, {@code until}); the codec writes and reads the rest.
 *
 * <pre>{@code
 * final class HydrationBreakCodec implements VendorEventCodec<HydrationBreak> {
 *   public String typeName() { return "acme.hydrationBreak"; }
 *   public Class<HydrationBreak> type() { return HydrationBreak.class; }
 *   public void writeFields(HydrationBreak e, JsonGenerator out) throws IOException {
 *     out.writeNumberField("millilitres", e.millilitres());
 *   }
 *   public HydrationBreak read(EventHeader h, Map<String, JsonNode> fields) {
 *     return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
 *         .millilitres(fields.get("millilitres").intValue()).build();
 *   }
 * }
 * HoldspaceModule module = HoldspaceModule.builder().addEvent(new HydrationBreakCodec()).build();
 * }</pre>
 *
 * @param <E> the vendor's event type
 */
public interface VendorEventCodec<E extends SessionEvent> {

  /** The {@code type} on the wire; prefix it with the vendor's name, for example {@code acme.hydrationBreak}. */
  String typeName();

  /** The event type (an interface or class); its implementations are written with this codec. */
  Class<E> type();

  /** Writes the event's own fields, those other than type, id, at and until. */
  void writeFields(E event, JsonGenerator out) throws IOException;

  /**
   * Builds the event from the common fields and the others, by name. Throw {@link
   * IllegalArgumentException} (its message must not quote input values) or let core's {@code
   * ValidationException} through for input that does not fit; the module reports either with
   * the event's JSON pointer.
   */
  E read(EventHeader header, Map<String, JsonNode> fields) throws IOException;
}
