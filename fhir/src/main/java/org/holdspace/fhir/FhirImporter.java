package org.holdspace.fhir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.code.Code;

/**
 * Reads sessions from FHIR that may hold many: one session per {@code Encounter}, from a Bundle
 * of any type (collection, transaction, batch, searchset, document) or a Bulk Data directory. A
 * session's events are the resources that reference its Encounter; its goals are the Goals that
 * name its Encounter (the library writes the extension {@code goal-session}), else those its goal
 * attempts are about, else, when the input holds one Encounter, every Goal.
 *
 * <pre>{@code
 * FhirImporter importer = fhir.importer().tolerant();
 * FhirImport imported = importer.read(bundle);           // or importer.readBulk(path)
 * List<Session> sessions = imported.sessions();
 * ImportReport report = imported.report();                // what became of every resource
 * }</pre>
 *
 * <p>Strict (the default) is for the library's own output: every resource must be read, derived
 * or belong to no session, and the first problem is thrown as a {@link HoldspaceFhirException}.
 * {@link #tolerant()} is for another system's data: a resource no mapping reads is skipped, a
 * foreign Observation or Procedure of a session is kept beside it ({@link FhirImport#kept}), a
 * refused resource (or a whole refused Encounter, with its resources) is reported as refused, and
 * an Encounter without the library's own elements is read with defaults that the report names.
 * Nothing is dropped unsaid: the report has one entry per resource. Identifiers are read in the
 * systems of the mapping's {@link FhirIdentity}. Immutable and thread-safe.
 */
public final class FhirImporter {
  private final HoldspaceFhir fhir;
  private final boolean tolerant;
  private final Map<String, FhirEventReader> readers;

  private FhirImporter(HoldspaceFhir fhir, boolean tolerant, Map<String, FhirEventReader> readers) {
    this.fhir = fhir;
    this.tolerant = tolerant;
    this.readers = readers;
  }

  static FhirImporter of(HoldspaceFhir fhir) {
    return new FhirImporter(fhir, false, Map.of());
  }

  /** {@return a copy that imports tolerantly: skips, keeps and refuses per resource, and reports it} */
  public FhirImporter tolerant() {
    return new FhirImporter(fhir, true, readers);
  }

  /** {@return a copy that imports strictly: the first problem is thrown} */
  public FhirImporter strict() {
    return new FhirImporter(fhir, false, readers);
  }

  /** {@return whether this importer is tolerant} */
  public boolean isTolerant() {
    return tolerant;
  }

  /**
   * A copy that reads a session's foreign Observations and Procedures coded with {@code code}
   * (a coding of their {@code code} element with this system and code) with {@code reader}: the
   * vendor's hook from another system's codes to event kinds. Library-coded resources are always
   * read by the library.
   *
   * @param code the code (its display is ignored)
   * @param reader how to read such a resource as an event
   * @return the copy
   * @throws IllegalArgumentException if the code is in a Holdspace system, or already has a reader
   */
  public FhirImporter withEventReader(Code code, FhirEventReader reader) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reader, "reader");
    if (code.system().startsWith(Urls.BASE)) {
      throw new IllegalArgumentException("an event reader's code must be in another system than Holdspace's");
    }
    Map<String, FhirEventReader> more = new LinkedHashMap<>(readers);
    if (more.putIfAbsent(key(code.system(), code.code()), reader) != null) {
      throw new IllegalArgumentException("the code already has a reader");
    }
    return new FhirImporter(fhir, tolerant, Map.copyOf(more));
  }

  static String key(String system, String code) {
    return system + '|' + code;
  }

  /**
   * Reads the sessions of a Bundle.
   *
   * @param bundle the Bundle, of any type
   * @return the sessions, what was kept and the report
   * @throws HoldspaceFhirException strictly, for the first problem, with its location
   */
  public FhirImport read(Bundle bundle) {
    return fhir.reader().read(Entries.of(Objects.requireNonNull(bundle, "bundle")), tolerant, readers, Map.of());
  }

  /**
   * Reads the sessions of FHIR JSON holding a Bundle: {@code read(fhir.parseBundle(json))}.
   *
   * @param json FHIR JSON
   * @return the sessions, what was kept and the report
   * @throws HoldspaceFhirException if it is not a Bundle ({@link HoldspaceFhir#parseBundle}), or
   *     strictly, for the first problem
   */
  public FhirImport read(String json) {
    return read(fhir.parseBundle(json));
  }

  /**
   * Reads the sessions of a Bulk Data directory: every {@code *.ndjson} file in it, in name order,
   * one resource per line (blank lines ignored), such as {@link FhirBulkExport} writes. References
   * are {@code Type/id}, resolved across the files. The whole directory is held in memory while it
   * is read: split a large export by patient or period. A line longer than the mapping's
   * document limit, or that is not one FHIR resource, is refused (strictly, thrown).
   *
   * @param directory the directory
   * @return the sessions, what was kept and the report; locations name the file and line, such as
   *     {@code Observation.ndjson:3}
   * @throws HoldspaceFhirException {@code IO_FAILURE} if a file cannot be read; strictly, for the
   *     first problem
   */
  public FhirImport readBulk(Path directory) {
    BulkInput in = BulkInput.read(fhir, Objects.requireNonNull(directory, "directory"), tolerant);
    return fhir.reader().read(in.entries(), tolerant, readers, in.refused());
  }

  @Override
  public String toString() {
    return "FhirImporter{" + (tolerant ? "tolerant" : "strict") + ", eventReaders=" + readers.size() + "}";
  }
}
