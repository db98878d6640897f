package org.holdspace.fhir;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every event has, read from a FHIR resource by the library ({@code id} from the
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
public final class FhirEventHeader {
  private final String id;
  private final Instant at;
  private final Optional<Instant> until;
  private final String location;

  FhirEventHeader(String id, Instant at, Optional<Instant> until, String location) {
    this.id = id;
    this.at = at;
    this.until = until;
    this.location = location;
  }

  /** {@return the event's id} */
  public String id() {
    return id;
  }

  /** {@return when the event began} */
  public Instant at() {
    return at;
  }

  /** {@return when it ended, if it lasted} */
  public Optional<Instant> until() {
    return until;
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
