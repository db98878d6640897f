package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.code.Code;
import org.holdspace.timeline.SessionEvent;

/**
 * How a vendor's own event type travels in FHIR: as an {@code Observation} whose {@code code} is
 * the vendor's {@link #code()}. The library writes and reads what every event has (the Holdspace
 * identifier, status, category {@code therapy}, subject, encounter, effective time or period); the
 * codec writes and reads the rest, usually as extensions in the vendor's own URL space.
 *
 * <pre>{@code
 * final class HydrationBreakCodec implements FhirEventCodec<HydrationBreak> {
 *   static final String ML = "https://acme.example/fhir/millilitres";
 *   public Class<HydrationBreak> type() { return HydrationBreak.class; }
 *   public Code code() { return Code.of("https://acme.example/codes", "hydration-break", "Hydration break"); }
 *   public void writeFields(HydrationBreak e, Observation o) {
 *     o.addExtension(ML, new IntegerType(e.millilitres()));
 *   }
 *   public HydrationBreak read(FhirEventHeader h, Observation o) {
 *     Extension ml = o.getExtensionByUrl(ML);
 *     if (ml == null || !(ml.getValue() instanceof IntegerType)) {
 *       throw h.missing("extension('" + ML + "')");
 *     }
 *     return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
 *         .millilitres(((IntegerType) ml.getValue()).getValue()).build();
 *   }
 * }
 * HoldspaceFhir fhir = HoldspaceFhir.builder().addEvent(new HydrationBreakCodec()).build();
 * }</pre>
 *
 * @param <E> the vendor's event type
 */
public interface FhirEventCodec<E extends SessionEvent> {

  /** {@return the event type (an interface or class); its implementations are written with this codec} */
  Class<E> type();

  /**
   * {@return the code that marks this kind's Observations, in the vendor's own code system (never
   * a Holdspace system)}
   */
  Code code();

  /**
   * Writes the event's own fields, those other than id, at and until, into the Observation that the
   * library has begun.
   *
   * @param event the event
   * @param observation the Observation, with the common elements already set
   */
  void writeFields(E event, Observation observation);

  /**
   * Builds the event from the common fields and the Observation. Report a missing or wrong
   * element with {@link FhirEventHeader#missing} or {@link FhirEventHeader#invalid}; let core's
   * {@code ValidationException} through for values that break a type's constraints; any other
   * exception is reported as the codec's failure, at the resource's location and without its
   * message.
   *
   * @param header the common fields
   * @param observation the Observation
   * @return the event
   */
  E read(FhirEventHeader header, Observation observation);
}
