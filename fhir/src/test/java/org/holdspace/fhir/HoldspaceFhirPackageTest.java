package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

/**
 * The package a receiver validates with: a definition for every extension the library writes
 * (checked against every extension URL in the scenarios' Bundles), each used by the validator (a
 * wrong value or a wrong place is an error), and the package readable as an NPM FHIR package.
 */
class HoldspaceFhirPackageTest {
  private static final FhirValidation VALIDATOR = new FhirValidation();

  @Test
  void everyExtensionTheLibraryWritesIsDefined() {
    Set<String> defined = new HashSet<>();
    HoldspaceFhirPackage.extensions().forEach(sd -> defined.add(sd.getUrl()));
    Set<String> written = new HashSet<>();
    for (PublicScenario p : PublicScenario.values()) {
      Bundle b = HoldspaceFhir.standard().export(p.session()).withProvenance().toBundle();
      collect(b, written);
    }
    written.removeIf(u -> !u.startsWith(Urls.EXTENSIONS));
    assertThat(defined).containsAll(written);
    assertThat(written).isNotEmpty();
  }

  private static void collect(org.hl7.fhir.r4.model.Base base, Set<String> urls) {
    if (base instanceof Extension) {
      urls.add(((Extension) base).getUrl());
    }
    for (org.hl7.fhir.r4.model.Property p : base.children()) {
      for (org.hl7.fhir.r4.model.Base child : p.getValues()) {
        collect(child, urls);
      }
    }
    if (base instanceof org.hl7.fhir.r4.model.Element) {
      ((org.hl7.fhir.r4.model.Element) base).getExtension().forEach(e -> collect(e, urls));
    }
    if (base instanceof org.hl7.fhir.r4.model.DomainResource) {
      ((org.hl7.fhir.r4.model.DomainResource) base).getExtension().forEach(e -> collect(e, urls));
    }
  }

  @Test
  void theValidatorChecksTheExtensionsByTheirDefinitions() {
    Bundle b = HoldspaceFhir.standard().toBundle(PublicScenario.HARD_DAY.session());
    assertThat(FhirValidation.errors(VALIDATOR.messages(b))).isEmpty();
    org.hl7.fhir.r4.model.Encounter e = (org.hl7.fhir.r4.model.Encounter) b.getEntryFirstRep().getResource();
    e.getExtensionByUrl(Urls.SESSION_STATUS).setValue(new org.hl7.fhir.r4.model.StringType("completed"));
    assertThat(FhirValidation.describe(FhirValidation.errors(VALIDATOR.messages(b)))).contains("session-status");
    Bundle misplaced = HoldspaceFhir.standard().toBundle(PublicScenario.HARD_DAY.session());
    ((org.hl7.fhir.r4.model.Goal) misplaced.getEntry().get(1).getResource())
        .addExtension(Urls.INTERPRETER_USED, new org.hl7.fhir.r4.model.BooleanType(true)); // an Encounter's, on a Goal
    assertThat(FhirValidation.errors(VALIDATOR.messages(misplaced))).isNotEmpty();
  }

  @Test
  void thePackageIsAnNpmFhirPackage() throws Exception {
    NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(HoldspaceFhirPackage.bytes()));
    assertThat(npm.name()).isEqualTo("holdspace.fhir");
    assertThat(npm.version()).isEqualTo("0.1.0");
    List<String> files = npm.list("package");
    assertThat(files).contains("StructureDefinition-told-at.json", "CodeSystem-arousal-band.json");
    assertThat(files.stream().filter(f -> f.startsWith("StructureDefinition-")).count())
        .isEqualTo(HoldspaceFhirPackage.extensions().size());
    assertThat(files.stream().filter(f -> f.startsWith("CodeSystem-")).count())
        .isEqualTo(HoldspaceCodeSystems.all().size());
  }
}
