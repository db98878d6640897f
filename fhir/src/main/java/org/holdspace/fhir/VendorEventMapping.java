package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/** A vendor's {@link FhirEventCodec} as a mapping: an Observation coded with the vendor's code. */
final class VendorEventMapping<E extends SessionEvent> extends ObservationMapping<E> {
  private final FhirEventCodec<E> codec;

  VendorEventMapping(FhirEventCodec<E> codec) {
    super(codec.type(), codec.code().system(), codec.code().code(), codec.code().display().orElse(null));
    this.codec = codec;
  }

  @Override
  void fill(E event, Observation observation, Writing out) {
    codec.writeFields(event, observation);
  }

  @Override
  E read(FhirEventHeader header, Observation observation, int index, Reading in) {
    try {
      return codec.read(header, observation);
    } catch (HoldspaceFhirException | ValidationException e) {
      throw e;
    } catch (RuntimeException e) { // the codec's own failure: its message may quote the input
      throw new HoldspaceFhirException(HoldspaceFhirException.Problem.INVALID_VALUE, header.location(),
          "the vendor codec for " + codec.type().getSimpleName() + " failed with " + e.getClass().getSimpleName(),
          java.util.List.of(), null);
    }
  }
}
