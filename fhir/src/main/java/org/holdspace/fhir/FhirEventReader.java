package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Resource;
import org.holdspace.timeline.SessionEvent;

/**
 * A vendor's reading of another system's Observation or Procedure as a session event, registered
 * for a code with {@link FhirImporter#withEventReader}: when a foreign resource of a session
 * carries that code, the importer reads the common part (id, time) into a {@link FhirEventHeader}
 * and asks this reader for the event, of any kind, the library's or the vendor's.
 *
 * <pre>{@code
 * // the clinic's EHR records a "calm and settled" check-in as an Observation with its own code
 * FhirEventReader calm = (header, resource) -> RegulationObservation.builder()
 *     .id(header.id()).at(header.at()).until(header.until())
 *     .band(ArousalBand.REGULATED)
 *     .build();
 * FhirImporter importer = fhir.importer().tolerant()
 *     .withEventReader(Code.of("https://ehr.example/codes", "calm-check-in", null), calm);
 * }</pre>
 *
 * <p>Report a missing or wrong element with {@link FhirEventHeader#missing} or {@link
 * FhirEventHeader#invalid}; let core's {@code ValidationException} through for values that break a
 * type's constraints; any other exception is reported as the reader's failure, at the resource's
 * location and without its message.
 */
@FunctionalInterface
public interface FhirEventReader {

  /**
   * Reads the event.
   *
   * @param header the id (the resource's identifier in the identity's event system, else its id)
   *     and time ({@code Observation.effective[x]} or {@code Procedure.performed[x]})
   * @param resource the Observation or Procedure
   * @return the event
   */
  SessionEvent read(FhirEventHeader header, Resource resource);
}
