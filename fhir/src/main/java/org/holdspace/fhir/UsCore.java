package org.holdspace.fhir;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.code.Code;
import org.holdspace.session.DisciplineCodes;

/**
 * What {@link FhirConformance#US_CORE_6_1_0} adds: the profiles each resource claims, the
 * documents' category, LOINC type, date and author, and the PCO GAS score's LOINC answers. The
 * codes are checked against their sources (the US Core 6.1.0 package; HL7's LOINC document
 * ontology value set; the HL7 Person-Centered Outcomes guide's GAS examples): see docs/fhir.md.
 */
final class UsCore {
  static final String PROFILES = "http://hl7.org/fhir/us/core/StructureDefinition/";
  static final String DOCUMENT_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
  static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

  /** LOINC's progress note by discipline; any other discipline's note is a progress note. */
  private static final Map<String, String[]> NOTE_TYPE = Map.of(
      DisciplineCodes.OCCUPATIONAL_THERAPY.code(), new String[] {"11507-1", "Occupational therapy Progress note"},
      DisciplineCodes.SPEECH_AND_LANGUAGE_THERAPY.code(), new String[] {"11512-1", "Speech-language pathology Progress note"},
      DisciplineCodes.PHYSIOTHERAPY.code(), new String[] {"11508-9", "Physical therapy Progress note"});
  private static final String[] PROGRESS_NOTE = {"11506-3", "Progress note"};

  /** The LOINC answers of LL6900-6 for GAS levels -2..+2, as the PCO guide's examples code them. */
  private static final String[][] GAS_ANSWERS = {
      {"LA34484-8", "Much less than expected"}, {"LA34483-0", "Less than expected"},
      {"LA34481-4", "Expected outcome"}, {"LA34480-6", "Better than expected"},
      {"LA34479-8", "Much better than expected"}};

  private UsCore() {}

  /** Claims the US Core profile of {@code r}'s type ; none for other types. */
  static void claimProfile(Resource r) {
    String type = r.fhirType();
    switch (type) {
      case "Encounter":
      case "Goal":
      case "Procedure":
        r.getMeta().addProfile(PROFILES + "us-core-" + type.toLowerCase(java.util.Locale.ROOT));
        break;
      case "Provenance": // US Core's wants the organization an agent acts for (provenance-1)
        if (((org.hl7.fhir.r4.model.Provenance) r).getAgentFirstRep().hasOnBehalfOf()) {
          r.getMeta().addProfile(PROFILES + "us-core-provenance");
        }
        break;
      case "DocumentReference":
        r.getMeta().addProfile(PROFILES + "us-core-documentreference");
        break;
      case "Observation":
        // a GAS rating is shaped as the PCO guide's GAS score, whose profile is not claimed: the
        // guide (a draft) is not available here to validate against
        r.getMeta().addProfile(PROFILES + "us-core-simple-observation");
        break;
      default:
        break; // ClinicalImpression: US Core has no profile for it
    }
  }

  /**
   * Makes {@code d} a US Core DocumentReference: category {@code clinical-note}; type the LOINC
   * progress note of the discipline for a note ({@code clinicalNote}), else {@code UNK} (a parent
   * summary has no LOINC document type checked here), with Holdspace's kind as a second category
   * (HAPI's validator refuses a required-bound type with a coding outside the value set); the date; the author
   * when a clinician wrote or signed it.
   */
  static void document(DocumentReference d, boolean clinicalNote, Code discipline, Date date,
      Optional<String> author, Writing out) {
    d.addCategory(new CodeableConcept(new Coding(DOCUMENT_CATEGORY, "clinical-note", "Clinical Note")));
    d.addCategory(d.getType()); // Holdspace's kind moves to a category: the type takes the LOINC coding alone
    String[] type = clinicalNote ? NOTE_TYPE.getOrDefault(
        discipline.system().equals(DisciplineCodes.SYSTEM) ? discipline.code() : "", PROGRESS_NOTE)
        : new String[] {"UNK", "unknown"};
    d.setType(new CodeableConcept(new Coding(clinicalNote ? Urls.LOINC : NULL_FLAVOR, type[0], type[1])));
    d.setDate(date);
    author.ifPresent(id -> d.addAuthor(out.clinician(id)));
  }

  /** The LOINC answer for GAS level {@code level} (-2..+2). */
  static CodeableConcept gasAnswer(int level) {
    String[] a = GAS_ANSWERS[level + 2];
    return new CodeableConcept(new Coding(Urls.LOINC, a[0], a[1]));
  }

  /** The GAS level a LOINC answer of LL6900-6 stands for; empty for any other coding. */
  static java.util.OptionalInt gasLevel(CodeableConcept value) {
    for (Coding c : value.getCoding()) {
      if (Urls.LOINC.equals(c.getSystem())) {
        for (int i = 0; i < GAS_ANSWERS.length; i++) {
          if (GAS_ANSWERS[i][0].equals(c.getCode())) {
            return java.util.OptionalInt.of(i - 2);
          }
        }
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** Whether {@code o} is an Observation written so. */
  static boolean isGasAnswer(Observation o) {
    return o.getValue() instanceof CodeableConcept && gasLevel((CodeableConcept) o.getValue()).isPresent();
  }
}
