package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.holdspace.timeline.EventHeader;
import org.holdspace.timeline.SessionEvent;

/**
 * How a vendor's own event type travels in JSON. The module writes and reads the common fields
 * ({@code type}, {@code id}, {@code at}, {@code until}); the codec writes and reads the rest.
 *
 * <pre>{@code
 * final class HydrationBreakCodec implements JsonEventCodec<HydrationBreak> {
 *   public String typeName() { return "acme.hydrationBreak"; }
 *   public Class<HydrationBreak> type() { return HydrationBreak.class; }
 *   public void writeFields(HydrationBreak e, JsonGenerator out) throws IOException {
 *     out.writeNumberField("millilitres", e.millilitres());
 *   }
 *   public HydrationBreak read(EventHeader h, VendorFields fields) throws HoldspaceJsonException {
 *     return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
 *         .millilitres(fields.requireInt("millilitres")).build();
 *   }
 * }
 * HoldspaceModule module = HoldspaceModule.builder().addEvent(new HydrationBreakCodec()).build();
 * }</pre>
 *
 * @param <E> the vendor's event type
 */
public interface JsonEventCodec<E extends SessionEvent> {

  /**
   * {@return the {@code type} on the wire; prefix it with the vendor's name, for example {@code acme.hydrationBreak}}
   */
  String typeName();

  /** {@return the event type (an interface or class); its implementations are written with this codec} */
  Class<E> type();

  /**
   * Writes the event's own fields, those other than type, id, at and until.
   *
   * @param event the event
   * @param out the generator, inside the event's object
   * @throws IOException if writing fails
   */
  void writeFields(E event, JsonGenerator out) throws IOException;

  /**
   * Builds the event from the common fields and the others, read through {@link VendorFields}'
   * typed accessors (a missing or wrong-typed field is a {@link HoldspaceJsonException} with its
   * pointer). Let core's {@code ValidationException} through for values that break a type's
   * constraints; any other exception is reported as the codec's failure, with the event's pointer
   * and without its message. A field the codec does not read is refused (or kept, in the mode
   * that keeps unknown content).
   *
   * @param header the common fields
   * @param fields the event's other fields
   * @return the event
   * @throws IOException if a field is missing or of the wrong type
   */
  E read(EventHeader header, VendorFields fields) throws IOException;
}
