package org.holdspace.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.fhir.FhirIdentity;
import org.holdspace.fhir.FhirImport;
import org.holdspace.fhir.HoldspaceFhir;
import org.holdspace.fhir.ImportReport;
import org.holdspace.session.Session;

/**
 * Another system's patient record imported tolerantly: a Bundle in the shape Synthea writes (a
 * Patient, three Encounters, vital signs, procedures, immunizations, claims; made for this
 * example, no real person's data), read with the sending system's identifier systems, one
 * session per Encounter. Prints the sessions, what was kept beside each, and the import report.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests
 * -Dexec.mainClass=org.holdspace.examples.ImportRecord}, or give a FHIR JSON Bundle's path.
 */
public final class ImportRecord {
  /** The sending system's identity: its Encounter identifiers are the session ids; NPIs name the clinicians. */
  static final FhirIdentity SENDER = FhirIdentity.builder()
      .sessionSystem("https://github.com/synthetichealth/synthea")
      .clientIdOfPatient(ref -> Optional.of("patient-" + ref.substring(ref.lastIndexOf('/') + 1, ref.lastIndexOf('/') + 9)))
      .clinicianIdOfPractitioner(ref -> ref.contains("us-npi|")
          ? Optional.of("npi-" + ref.substring(ref.indexOf("us-npi|") + 7)) : Optional.empty())
      .build();

  private ImportRecord() {}

  /**
   * Imports the record and prints what became of it.
   *
   * @param args a FHIR JSON Bundle's path, optional
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String json;
    if (args.length > 0) {
      json = Files.readString(Path.of(args[0]));
    } else {
      try (InputStream in = ImportRecord.class.getResourceAsStream("synthea-shaped-patient.json")) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    run(json, System.out);
  }

  /** Imports {@code json} and prints to {@code out}; returns the import. */
  static FhirImport run(String json, PrintStream out) {
    HoldspaceFhir fhir = HoldspaceFhir.builder().identity(SENDER).build();
    FhirImport imported = fhir.importer().tolerant().read(json);
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    out.println("Sessions: " + imported.sessions().size());
    for (Session s : imported.sessions()) {
      Duration length = Duration.between(s.planned().start(), s.planned().end());
      out.println("  " + s.id().substring(0, 8) + "  " + s.planned().start().atOffset(ZoneOffset.UTC).toLocalDate()
          + "  " + length.toMinutes() + " min  " + s.discipline().code() + "  client " + s.clientId()
          + "  clinician " + s.clinicianId() + "  events " + s.events().size()
          + "  kept " + kept(imported, s) + "  headline " + evaluator.evaluate(s).headline());
    }
    ImportReport report = imported.report();
    out.println("Report: " + report.counts());
    for (ImportReport.Outcome o : ImportReport.Outcome.values()) {
      if (report.count(o) > 0) {
        out.println("  " + o + " by type: " + report.countsByType(o));
      }
    }
    out.println("Why, once per reason:");
    report.entries().stream().filter(e -> !e.reason().isEmpty())
        .map(e -> "  " + e.outcome() + " " + e.resourceType() + ": " + e.reason()).distinct().forEach(out::println);
    return imported;
  }

  /** "4 Observation, 1 Procedure": the resources kept beside a session, by type. */
  private static String kept(FhirImport imported, Session s) {
    java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
    for (Resource r : imported.kept(s.id())) {
      byType.merge(r.fhirType(), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder();
    byType.forEach((type, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(type));
    return text.toString();
  }
}
