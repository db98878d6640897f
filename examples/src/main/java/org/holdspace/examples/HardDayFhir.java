package org.holdspace.examples;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.fhir.FhirIdentity;
import org.holdspace.fhir.HoldspaceCodeSystems;
import org.holdspace.fhir.HoldspaceFhir;
import org.holdspace.fhir.HoldspaceFhirPackage;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;

/**
 * Public scenario A, the hard day, as FHIR R4: the session with its assessment, parent summary and
 * session note in one Bundle, written to {@code target/holdspace-examples/hard-day.fhir.json} (or
 * the path given), and as a transaction for a made-up clinic's FHIR server (its identifier systems,
 * conditional updates) beside it, each read back and and validated with HAPI FHIR's own validator, offline, against base
 * R4 and the library's code systems. Prints the validation result by severity and kind, and how
 * long the validator took on this machine (set-up, first validation, then the mean of 20 more).
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests
 * -Dexec.mainClass=org.holdspace.examples.HardDayFhir}.
 */
public final class HardDayFhir {
  private HardDayFhir() {}

  /**
   * Writes and validates the hard day's Bundle.
   *
   * @param args the output path, optional
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/holdspace-examples/hard-day.fhir.json");
    int errors = run(out, System.out, 20);
    if (errors > 0) {
      System.exit(1);
    }
  }

  /**
   * Writes the Bundle to {@code out}, reads it back, validates it ({@code repeats} more times for
   * the timing), prints what happened, and returns the number of errors the validator found.
   */
  static int run(Path out, PrintStream print, int repeats) throws IOException {
    Session session = PublicScenario.HARD_DAY.session();
    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    Narrator narrator = Narrator.of(Locale.ENGLISH);
    HoldspaceFhir fhir = HoldspaceFhir.standard();
    Bundle bundle = fhir.export(session).with(assessment).with(narrator.parentSummary(session, assessment))
        .with(narrator.sessionNote(session, assessment)).toBundle();
    String json = fhir.toPrettyJson(bundle);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, json, StandardCharsets.UTF_8);
    Map<String, Integer> resources = new TreeMap<>();
    bundle.getEntry().forEach(e -> resources.merge(e.getResource().fhirType(), 1, Integer::sum));
    print.println("Public scenario A, the hard day, as a FHIR R4 Bundle of " + bundle.getEntry().size()
        + " resources " + resources);
    print.println("Written to " + out + " (" + json.getBytes(StandardCharsets.UTF_8).length + " bytes)");
    Session back = fhir.readSession(json);
    print.println("Read back from the file: " + (back.equals(session) ? "equal to the session" : "NOT EQUAL"));

    long t0 = System.nanoTime();
    FhirValidator validator = validator();
    long t1 = System.nanoTime();
    ValidationResult result = validator.validateWithResult(fhir.parseBundle(json)); // the file as written
    long t2 = System.nanoTime();
    for (int i = 0; i < repeats; i++) {
      validator.validateWithResult(bundle);
    }
    long t3 = System.nanoTime();
    Map<String, Integer> bySeverityAndKind = new TreeMap<>();
    int errors = 0;
    for (SingleValidationMessage m : result.getMessages()) {
      bySeverityAndKind.merge(m.getSeverity() + " " + m.getMessageId(), 1, Integer::sum);
      if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
        errors++;
      }
    }
    print.println();
    print.println("HAPI FHIR validator (offline: base R4 and Holdspace's " + HoldspaceCodeSystems.all().size()
        + " code systems and " + HoldspaceFhirPackage.extensions().size() + " extension definitions): " + errors + " errors, " + result.getMessages().size() + " messages in all");
    bySeverityAndKind.forEach((kind, count) -> print.println("  " + count + "  " + kind));
    print.println();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory();
    print.printf(Locale.ROOT, "Validator set-up %.1f s, first validation %.1f s, then %.0f ms per Bundle "
        + "(mean of %d); heap after GC %d MB%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        repeats == 0 ? 0.0 : (t3 - t2) / 1e6 / repeats, repeats, heap >> 20);
    return errors + transaction(session, assessment, narrator, out, validator, print);
  }

  /**
   * A made-up clinic's identity: its own identifier systems, a tenant, and conditional references
   * to its Patient and Practitioner resources by identifier.
   */
  static final FhirIdentity EXAMPLE_CLINIC = FhirIdentity.builder().tenant("example-clinic")
      .sessionSystem("https://ehr.example/ids/visit").eventSystem("https://ehr.example/ids/therapy-entry")
      .goalSystem("https://ehr.example/ids/goal").clientSystem("https://ehr.example/ids/mrn")
      .clinicianSystem("https://ehr.example/ids/staff").derivedSystem("https://ehr.example/ids/holdspace-derived")
      .patientReference(id -> Optional.of("Patient?identifier=https://ehr.example/ids/mrn|"
          + URLEncoder.encode(id, StandardCharsets.UTF_8)))
      .practitionerReference(id -> Optional.of("Practitioner?identifier=https://ehr.example/ids/staff|"
          + URLEncoder.encode(id, StandardCharsets.UTF_8)))
      .build();

  /** The same session as a transaction for the example clinic's server, written beside the collection, validated. */
  private static int transaction(Session session, Assessment assessment, Narrator narrator, Path out,
      FhirValidator validator, PrintStream print) throws IOException {
    HoldspaceFhir clinic = HoldspaceFhir.builder().identity(EXAMPLE_CLINIC).build();
    Bundle tx = clinic.export(session).with(assessment).with(narrator.parentSummary(session, assessment))
        .with(narrator.sessionNote(session, assessment)).toTransaction();
    Path file = out.resolveSibling(out.getFileName().toString().replace(".fhir.json", "") + ".transaction.fhir.json");
    Files.writeString(file, clinic.toPrettyJson(tx), StandardCharsets.UTF_8);
    int errors = 0;
    for (SingleValidationMessage m : validator.validateWithResult(tx).getMessages()) {
      if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
        errors++;
      }
    }
    print.println();
    print.println("As a transaction for the example clinic (its identifier systems, tenant example-clinic): "
        + tx.getEntry().size() + " conditional updates, written to " + file + "; " + errors + " errors");
    print.println("  " + tx.getEntryFirstRep().getRequest().getMethod() + " "
        + tx.getEntryFirstRep().getRequest().getUrl());
    print.println("  read back: " + (clinic.toSession(tx).equals(session) ? "equal to the session" : "NOT EQUAL"));
    return errors;
  }

  /**
   * HAPI's validator, offline: base R4, common terminologies, and the library's code systems and
   * extension definitions (what {@link HoldspaceFhirPackage} ships).
   */
  static FhirValidator validator() {
    FhirContext context = FhirContext.forR4Cached();
    PrePopulatedValidationSupport holdspace = new PrePopulatedValidationSupport(context);
    HoldspaceCodeSystems.all().forEach(holdspace::addCodeSystem);
    HoldspaceFhirPackage.extensions().forEach(holdspace::addStructureDefinition); // as a receiver with the package
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context), holdspace);
    FhirValidator validator = context.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    return validator;
  }
}
