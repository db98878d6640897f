package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.holdspace.session.Session;

/**
 * How a vendor's own session type travels in JSON. The module writes and reads every field of
 * {@link Session}; the codec writes and reads the vendor's extra fields and builds its type from
 * the library session read so far.
 *
 * <pre>{@code
 * final class ClinicSessionCodec implements JsonSessionCodec<ClinicSession> {
 *   public String typeName() { return "acme.clinicSession"; }
 *   public Class<ClinicSession> type() { return ClinicSession.class; }
 *   public void writeFields(ClinicSession s, JsonGenerator out) throws IOException {
 *     out.writeStringField("payerId", s.payerId());
 *   }
 *   public ClinicSession read(Session base, VendorFields fields) throws HoldspaceJsonException {
 *     return ClinicSession.builder().from(base).payerId(fields.requireString("payerId")).build();
 *   }
 * }
 * }</pre>
 *
 * @param <S> the vendor's session type
 */
public interface JsonSessionCodec<S extends Session> {

  /**
   * {@return the {@code type} on the wire; prefix it with the vendor's name, for example {@code acme.clinicSession}}
   */
  String typeName();

  /** {@return the session type; its implementations are written with this codec} */
  Class<S> type();

  /**
   * Writes the session's own fields, those that {@link Session} does not have.
   *
   * @param session the session
   * @param out the generator, inside the session's object
   * @throws IOException if writing fails
   */
  void writeFields(S session, JsonGenerator out) throws IOException;

  /**
   * Builds the vendor's session from the library session read from the same object and the
   * vendor's fields, by name; see {@link JsonEventCodec#read} for how to refuse input.
   *
   * @param base the library session read from the same object
   * @param fields the vendor's fields
   * @return the vendor's session
   * @throws IOException if a field is missing or of the wrong type
   */
  S read(Session base, VendorFields fields) throws IOException;
}
