package org.holdspace.fhir;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an import did with each resource of its input: one {@link Entry} per Bundle entry or bulk
 * line, in input order, so that nothing is dropped unsaid. A resource was read into one or more
 * sessions, kept beside a session, skipped (no mapping reads it), derived (Holdspace makes it
 * again by evaluating), or refused (with the typed refusal).
 *
 * <pre>{@code
 * FhirImport imported = fhir.importer().tolerant().read(bundle);
 * ImportReport report = imported.report();
 * report.count(ImportReport.Outcome.SKIPPED);          // 3
 * report.countsByType(ImportReport.Outcome.SKIPPED);   // {Organization=1, Patient=1, Practitioner=1}
 * }</pre>
 *
 * <p>Immutable. Its {@code toString()} gives the counts only: an entry's resource id may identify
 * a child.
 */
public final class ImportReport {
  /** What became of a resource. */
  public enum Outcome {
    /** Read into the sessions {@link Entry#sessionIds()} names: an Encounter, a Goal or an event. */
    READ,
    /** A foreign Observation or Procedure of a session, kept beside it ({@link FhirImport#kept}). */
    KEPT,
    /** Not read: no mapping reads this kind of resource, or it belongs to no session of the input. */
    SKIPPED,
    /** Made by Holdspace (assessment, parent summary, session note, provenance): evaluate again. */
    DERIVED,
    /** Refused: {@link Entry#refusal()} says what and where. */
    REFUSED
  }

  private final List<Entry> entries;

  ImportReport(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@return one entry per resource of the input, in input order} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The number of resources with an outcome.
   *
   * @param outcome the outcome
   * @return how many entries have it
   */
  public long count(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  /**
   * The number of resources with an outcome, by resource type.
   *
   * @param outcome the outcome
   * @return resource type to count, in type order
   */
  public Map<String, Long> countsByType(Outcome outcome) {
    Map<String, Long> counts = new TreeMap<>();
    entries.stream().filter(e -> e.outcome() == outcome).forEach(e -> counts.merge(e.resourceType(), 1L, Long::sum));
    return counts;
  }

  /** {@return the counts by outcome, for example {@code {READ=24, KEPT=6, SKIPPED=3, DERIVED=0, REFUSED=0}}} */
  public Map<Outcome, Long> counts() {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, count(o));
    }
    return counts;
  }

  @Override
  public String toString() {
    return "ImportReport" + counts();
  }

  /** What became of one resource. */
  public static final class Entry {
    private final String resourceType;
    private final String resourceId;
    private final String location;
    private final Outcome outcome;
    private final List<String> sessionIds;
    private final String reason;
    private final HoldspaceFhirException refusal;

    Entry(String resourceType, String resourceId, String location, Outcome outcome, List<String> sessionIds,
        String reason, HoldspaceFhirException refusal) {
      this.resourceType = Objects.requireNonNull(resourceType);
      this.resourceId = Objects.requireNonNull(resourceId);
      this.location = Objects.requireNonNull(location);
      this.outcome = Objects.requireNonNull(outcome);
      this.sessionIds = List.copyOf(sessionIds);
      this.reason = reason == null ? "" : reason;
      this.refusal = refusal;
    }

    /** {@return the resource's type, such as {@code Observation}; {@code none} for an entry without one} */
    public String resourceType() {
      return resourceType;
    }

    /** {@return the resource's id as the input gives it (else its fullUrl, else empty)} */
    public String resourceId() {
      return resourceId;
    }

    /** {@return where it is: {@code Bundle.entry[4].resource}, or a bulk file and line} */
    public String location() {
      return location;
    }

    /** {@return what became of it} */
    public Outcome outcome() {
      return outcome;
    }

    /** {@return the sessions it was read into or kept beside (a goal may be in several); empty otherwise} */
    public List<String> sessionIds() {
      return sessionIds;
    }

    /**
     * {@return why, in the library's words (never the input's): what was assumed for a resource
     * read with a default, why one was skipped, the refusal's message; empty when there is nothing to say}
     */
    public String reason() {
      return reason;
    }

    /** {@return the refusal, for {@link Outcome#REFUSED}} */
    public Optional<HoldspaceFhirException> refusal() {
      return Optional.ofNullable(refusal);
    }

    @Override
    public String toString() {
      return "Entry{" + resourceType + " at " + location + ": " + outcome + (reason.isEmpty() ? "" : ", " + reason) + "}";
    }
  }
}
