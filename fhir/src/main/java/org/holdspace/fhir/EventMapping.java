package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Resource;
import org.holdspace.timeline.SessionEvent;

/**
 * How one kind of event becomes FHIR resources and back: the library's kinds each have one, a
 * vendor's registered {@link FhirEventCodec} is wrapped in one. Listed in one table in {@link
 * HoldspaceFhir}.
 *
 * @param <E> the event kind
 */
abstract class EventMapping<E extends SessionEvent> {
  final Class<E> type;

  EventMapping(Class<E> type) {
    this.type = type;
  }

  /** Adds the event's resources to the Bundle under construction. */
  abstract void write(E event, Writing out);

  /** Whether this mapping reads {@code resource} (by its resource type and kind code). */
  abstract boolean reads(Resource resource);

  /** Reads the event from the resource at {@code index} of the Bundle. */
  abstract E read(Resource resource, int index, Reading in);

  final void writeEvent(SessionEvent event, Writing out) {
    write(type.cast(event), out);
  }
}
