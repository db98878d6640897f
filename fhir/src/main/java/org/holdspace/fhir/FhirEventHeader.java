package org.holdspace.fhir;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.holdspace.timeline.EventHeader;

/**
 * The part every event has ({@link EventHeader}), read from a FHIR resource by the library ({@code id} from the
 * resource's Holdspace identifier, {@code at} and {@code until} from its effective time or
 * period), with the resource's location for errors. A {@link FhirEventCodec} builds its event from
 * it and reports what it cannot read through {@link #missing} and {@link #invalid}:
 *
 * <pre>{@code
 * Extension ml = observation.getExtensionByUrl("https://acme.example/fhir/millilitres");
 * if (ml == null) {
 *   throw header.missing("extension('https://acme.example/fhir/millilitres')");
 * }
 * }</pre>
 */
public final class FhirEventHeader extends EventHeader {
  private final String location;

  FhirEventHeader(String id, Instant at, Optional<Instant> until, String location) {
    super(id, at, until);
    this.location = location;
  }

  /** {@return the resource's location in the Bundle, such as {@code Bundle.entry[4].resource}} */
  public String location() {
    return location;
  }

  /**
   * The exception for a required element that the resource lacks.
   *
   * @param element the element's path inside the resource, without values (for example {@code
   *     extension('https://acme.example/fhir/millilitres')})
   * @return an exception to throw, with problem {@code MISSING_ELEMENT}
   */
  public HoldspaceFhirException missing(String element) {
    return new HoldspaceFhirException(HoldspaceFhirException.Problem.MISSING_ELEMENT,
        location + "." + Objects.requireNonNull(element, "element"), null);
  }

  /**
   * The exception for an element whose value the codec cannot accept.
   *
   * @param element the element's path inside the resource, without values
   * @return an exception to throw, with problem {@code INVALID_VALUE}
   */
  public HoldspaceFhirException invalid(String element) {
    return new HoldspaceFhirException(HoldspaceFhirException.Problem.INVALID_VALUE,
        location + "." + Objects.requireNonNull(element, "element"), null);
  }

  @Override
  public String toString() {
    return "FhirEventHeader{location=" + location + "}";
  }
}
