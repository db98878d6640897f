package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.session.Session;

/**
 * What an import of a Bundle or a bulk directory gave: the sessions, one per Encounter read, in
 * input order; the foreign Observations and Procedures kept beside each; and the {@link
 * ImportReport}, which says what became of every resource.
 *
 * <pre>{@code
 * FhirImport imported = fhir.importer().tolerant().read(bundle);
 * for (Session s : imported.sessions()) {
 *   Assessment a = evaluator.evaluate(s);
 *   List<org.hl7.fhir.r4.model.Resource> vitals = imported.kept(s.id());   // the EHR's own Observations
 * }
 * }</pre>
 *
 * <p>Immutable: {@link #kept} gives copies. {@code toString()} gives counts only.
 */
public final class FhirImport {
  private final List<Session> sessions;
  private final Map<String, List<Resource>> kept;
  private final ImportReport report;

  FhirImport(List<Session> sessions, Map<String, List<Resource>> kept, ImportReport report) {
    this.sessions = List.copyOf(sessions);
    this.kept = new LinkedHashMap<>();
    kept.forEach((id, resources) -> this.kept.put(id, List.copyOf(resources)));
    this.report = report;
  }

  /** {@return the sessions, one per Encounter read, in input order} */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * The foreign Observations and Procedures of a session that no mapping and no registered {@link
   * FhirEventReader} reads, kept as they came (tolerant imports only; a strict import refuses them).
   *
   * @param sessionId a session's id
   * @return copies of the resources, in input order; empty for a session with none or an unknown id
   */
  public List<Resource> kept(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    List<Resource> copies = new ArrayList<>();
    for (Resource r : kept.getOrDefault(sessionId, List.of())) {
      copies.add(r.copy());
    }
    return copies;
  }

  /** {@return what became of every resource of the input} */
  public ImportReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "FhirImport{sessions=" + sessions.size() + ", " + report + "}";
  }
}
