package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Encounter;
import org.holdspace.session.Session;

/**
 * How a vendor's own session type travels in FHIR: the library writes and reads everything {@link
 * Session} has (the {@code Encounter}, its goals and events); the codec writes and reads the
 * vendor's extra fields on the {@code Encounter}, usually as extensions in the vendor's own URL
 * space, and builds its type from the library session. The Encounter carries the codec's {@link
 * #typeName()} in the extension {@code https://holdspace.org/fhir/StructureDefinition/session-type},
 * so that reading picks the right codec.
 *
 * <pre>{@code
 * final class ClinicSessionCodec implements FhirSessionCodec<ClinicSession> {
 *   static final String PAYER = "https://acme.example/fhir/payer-id";
 *   public String typeName() { return "acme.clinicSession"; }
 *   public Class<ClinicSession> type() { return ClinicSession.class; }
 *   public void writeFields(ClinicSession s, Encounter e) {
 *     e.addExtension(PAYER, new StringType(s.payerId()));
 *   }
 *   public ClinicSession read(Session base, Encounter e) {
 *     Extension payer = e.getExtensionByUrl(PAYER);
 *     return ClinicSession.builder().from(base).payerId(payer.getValue().primitiveValue()).build();
 *   }
 * }
 * }</pre>
 *
 * @param <S> the vendor's session type
 */
public interface FhirSessionCodec<S extends Session> {

  /** {@return the vendor's name for its session type, prefixed with the vendor's name, for example {@code acme.clinicSession}} */
  String typeName();

  /** {@return the session type; its implementations are written with this codec} */
  Class<S> type();

  /**
   * Writes the session's own fields, those that {@link Session} does not have.
   *
   * @param session the session
   * @param encounter the Encounter, with the library's elements already set
   */
  void writeFields(S session, Encounter encounter);

  /**
   * Builds the vendor's session from the library session read from the same Bundle and the
   * Encounter. A missing or wrong element may be reported by any runtime exception: the library
   * reports it as {@code INVALID_VALUE} at the Encounter, without its message.
   *
   * @param base the library session read from the Bundle
   * @param encounter the Encounter
   * @return the vendor's session
   */
  S read(Session base, Encounter encounter);
}
