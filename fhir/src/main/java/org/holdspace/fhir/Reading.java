package org.holdspace.fhir;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.holdspace.code.Code;
import org.holdspace.fhir.HoldspaceFhirException.Problem;

/**
 * A Bundle being read: where each resource is, and the checked accessors every mapping shares.
 * Every accessor takes the location of the element it reads and throws {@link
 * HoldspaceFhirException} with that location, never with a value.
 */
final class Reading {
  private final Entries entries;
  final FhirIdentity identity;

  Reading(Entries entries, FhirIdentity identity) {
    this.entries = entries;
    this.identity = identity;
  }

  private final Map<Integer, Integer> gasByAttempt = new HashMap<>();
  private final Map<Integer, Integer> gasEntryByAttempt = new HashMap<>();
  private int encounter = -1;
  private String clientId;

  /** Sets the session's Encounter and client, which every other resource must point to. */
  void session(int encounterIndex, String client) {
    this.encounter = encounterIndex;
    this.clientId = client;
  }

  /** The subject must be the session's client (a logical reference by Holdspace client id). */
  void checkSubject(Reference subject, String at) {
    if (!clientId.equals(client(subject, at + ".subject"))) {
      throw invalid(at + ".subject.identifier.value");
    }
  }

  /** The subject must be the session's client and the encounter the session's Encounter. */
  void checkSubjectAndEncounter(Reference subject, Reference encounterReference, String at) {
    checkSubject(subject, at);
    if (!encounterReference.hasReference()) {
      throw missing(at + ".encounter");
    }
    if (target(encounterReference, at + ".encounter") != encounter) {
      throw fail(Problem.BROKEN_REFERENCE, at + ".encounter");
    }
  }

  /** Records the GAS rating at {@code index}: an integer value derived from one goal attempt. */
  void gasRating(int index, org.hl7.fhir.r4.model.Observation gas) {
    String at = entry(index);
    checkSubjectAndEncounter(gas.getSubject(), gas.getEncounter(), at);
    if (gas.getDerivedFrom().size() != 1) {
      throw gas.getDerivedFrom().isEmpty() ? missing(at + ".derivedFrom")
          : fail(Problem.DUPLICATE_ELEMENT, at + ".derivedFrom[1]");
    }
    int attempt = target(gas.getDerivedFromFirstRep(), at + ".derivedFrom[0]");
    int level;
    if (gas.getValue() instanceof org.hl7.fhir.r4.model.IntegerType && gas.getValueIntegerType().hasValue()) {
      level = gas.getValueIntegerType().getValue();
    } else if (UsCore.isGasAnswer(gas)) { // the PCO GAS score's LOINC answer
      level = UsCore.gasLevel(gas.getValueCodeableConcept()).getAsInt();
    } else {
      throw gas.hasValue() ? invalid(at + ".value") : missing(at + ".value");
    }
    if (gasByAttempt.putIfAbsent(attempt, level) != null) {
      throw fail(Problem.DUPLICATE_ELEMENT, at);
    }
    gasEntryByAttempt.put(attempt, index);
  }

  /** The GAS level rated for the goal attempt at {@code index}, if any. */
  java.util.OptionalInt gasLevelOf(int index) {
    Integer level = gasByAttempt.get(index);
    return level == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(level);
  }

  /** The entries of the GAS ratings whose goal attempt was not read (every one must come from an attempt read). */
  List<Integer> unusedGasRatings(java.util.Set<Integer> attemptIndexes) {
    List<Integer> unused = new ArrayList<>();
    for (Integer attempt : gasByAttempt.keySet()) {
      if (!attemptIndexes.contains(attempt)) {
        unused.add(gasEntryByAttempt.get(attempt));
      }
    }
    return unused;
  }

  static String entry(int index) {
    return "Bundle.entry[" + index + "].resource";
  }

  /** The index of the entry a reference points to; BROKEN_REFERENCE if there is none or several. */
  int target(Reference reference, String location) {
    int index = reference.hasReference() ? entries.resolve(reference.getReference()) : Entries.NONE;
    if (index < 0) {
      throw fail(Problem.BROKEN_REFERENCE, location);
    }
    return index;
  }

  Resource resource(int index) {
    return entries.resource(index);
  }

  static HoldspaceFhirException fail(Problem problem, String location) {
    return new HoldspaceFhirException(problem, location, null);
  }

  static HoldspaceFhirException missing(String location) {
    return fail(Problem.MISSING_ELEMENT, location);
  }

  /** MISSING_ELEMENT at {@code location}, saying what was expected (a constant, never input). */
  static HoldspaceFhirException missing(String location, String expected) {
    return new HoldspaceFhirException(Problem.MISSING_ELEMENT, location, "expected " + expected);
  }

  static HoldspaceFhirException invalid(String location) {
    return fail(Problem.INVALID_VALUE, location);
  }

  /** INVALID_VALUE at {@code location}, saying what was expected (a constant, never input). */
  static HoldspaceFhirException invalid(String location, String expected) {
    return new HoldspaceFhirException(Problem.INVALID_VALUE, location, "expected " + expected);
  }

  // ---- identifiers ----

  /** The value of the one identifier of {@code system}. */
  static String identifier(List<Identifier> identifiers, String system, String location) {
    String found = null;
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier id = identifiers.get(i);
      if (system.equals(id.getSystem())) {
        if (found != null) {
          throw fail(Problem.DUPLICATE_ELEMENT, location + ".identifier[" + i + "]");
        }
        if (!id.hasValue()) {
          throw missing(location + ".identifier[" + i + "].value");
        }
        found = id.getValue();
      }
    }
    if (found == null) {
      throw missing(location + ".identifier", "an identifier in system " + system);
    }
    return found;
  }

  /**
   * The client id a subject names: its identifier in the client system, or, with no identifier,
   * what the identity makes of a literal Patient reference ({@code Patient/123}, an absolute URL or
   * a conditional one); a reference to a Patient in the input ({@code urn:uuid:..}) is offered to
   * the identity as {@code Patient/} and that resource's id, or by the Patient's own identifier in
   * the client system when it has one.
   */
  String client(Reference reference, String location) {
    return person(reference, identity.clientSystem(), "Patient", identity::clientIdOfPatient, location);
  }

  /** The clinician id a reference names, as {@link #client} does for a Practitioner. */
  String clinician(Reference reference, String location) {
    return person(reference, identity.clinicianSystem(), "Practitioner", identity::clinicianIdOfPractitioner, location);
  }

  private String person(Reference reference, String system, String type,
      java.util.function.Function<String, Optional<String>> ofReference, String location) {
    if (!reference.hasIdentifier() && reference.hasReference()) {
      String ref = reference.getReference();
      int index = entries.resolve(ref);
      Resource target = index >= 0 ? entries.resource(index) : null;
      if (target != null && target.fhirType().equals(type)) {
        List<Identifier> ids = target instanceof org.hl7.fhir.r4.model.Patient
            ? ((org.hl7.fhir.r4.model.Patient) target).getIdentifier()
            : ((org.hl7.fhir.r4.model.Practitioner) target).getIdentifier();
        for (Identifier id : ids) {
          if (system.equals(id.getSystem()) && id.hasValue()) {
            return id.getValue();
          }
        }
        if (ref.startsWith("urn:") && Entries.idOf(target) != null) {
          ref = type + "/" + Entries.idOf(target);
        }
      }
      if (ref.startsWith(type + "/") || ref.startsWith(type + "?") || ref.contains("/" + type + "/")) {
        return ofReference.apply(ref).orElseThrow(() -> invalid(location + ".reference"));
      }
    }
    return logical(reference, system, location);
  }

  /** The Holdspace id that a logical reference carries. */
  static String logical(Reference reference, String system, String location) {
    if (!reference.hasIdentifier()) {
      throw missing(location + ".identifier", "an identifier in system " + system);
    }
    Identifier id = reference.getIdentifier();
    if (!system.equals(id.getSystem())) {
      throw invalid(location + ".identifier.system", system);
    }
    if (!id.hasValue()) {
      throw missing(location + ".identifier.value");
    }
    return id.getValue();
  }

  // ---- times ----

  /** An instant from a dateTime or instant with a time and an offset, at its full precision. */
  static Instant instant(BaseDateTimeType value, String location) {
    if (value == null || !value.hasValue()) {
      throw missing(location);
    }
    try {
      return OffsetDateTime.parse(value.getValueAsString()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(location, "a date and time with a UTC offset"); // a date alone, or a time without an offset
    }
  }

  /** An event's at and until from a dateTime or a Period (both ends required). */
  static Instant[] effective(Type effective, String location) {
    if (effective instanceof DateTimeType) {
      return new Instant[] {instant((DateTimeType) effective, location), null};
    }
    if (effective instanceof Period) {
      Period p = (Period) effective;
      return new Instant[] {instant(p.getStartElement(), location + ".start"), instant(p.getEndElement(), location + ".end")};
    }
    throw effective == null ? missing(location) : invalid(location);
  }

  // ---- codes ----

  static Code code(Coding coding, String location) {
    if (!coding.hasSystem()) {
      throw missing(location + ".system");
    }
    if (!coding.hasCode()) {
      throw missing(location + ".code");
    }
    return Code.of(coding.getSystem(), coding.getCode(), FhirText.from(coding.getDisplayElement()).orElse(null));
  }

  /** The one coding of a CodeableConcept, as a code. */
  static Code code(CodeableConcept concept, String location) {
    if (concept == null || !concept.hasCoding()) {
      throw missing(location + ".coding");
    }
    if (concept.getCoding().size() > 1) {
      throw fail(Problem.DUPLICATE_ELEMENT, location + ".coding[1]");
    }
    return code(concept.getCodingFirstRep(), location + ".coding[0]");
  }

  static <E extends Enum<E>> E constant(Class<E> type, Coding coding, String location) {
    String system = CodeTable.enumSystem(type);
    if (!system.equals(coding.getSystem())) {
      throw coding.hasSystem() ? invalid(location + ".system", system) : missing(location + ".system", system);
    }
    if (!coding.hasCode()) {
      throw missing(location + ".code", codes(type));
    }
    for (E e : type.getEnumConstants()) {
      if (CodeTable.code(e).equals(coding.getCode())) {
        return e;
      }
    }
    throw invalid(location + ".code", codes(type));
  }

  /** "one of a, b, c": the codes of an enum's system, for messages. */
  private static <E extends Enum<E>> String codes(Class<E> type) {
    StringBuilder out = new StringBuilder("one of ");
    E[] all = type.getEnumConstants();
    for (int i = 0; i < all.length; i++) {
      out.append(i == 0 ? "" : ", ").append(CodeTable.code(all[i]));
    }
    return out.toString();
  }

  static <E extends Enum<E>> E constant(Class<E> type, CodeableConcept concept, String location) {
    if (concept == null || !concept.hasCoding()) {
      throw missing(location + ".coding");
    }
    for (int i = 0; i < concept.getCoding().size(); i++) {
      Coding c = concept.getCoding().get(i);
      if (CodeTable.enumSystem(type).equals(c.getSystem())) {
        return constant(type, c, location + ".coding[" + i + "]");
      }
    }
    throw invalid(location + ".coding", "a coding in system " + CodeTable.enumSystem(type));
  }

  static boolean hasCoding(CodeableConcept concept, String system, String code) {
    for (Coding c : concept.getCoding()) {
      if (system.equals(c.getSystem()) && code.equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  // ---- extensions ----

  static String extensionLocation(String location, String url) {
    return location + ".extension('" + url + "')";
  }

  /** The one extension with {@code url}, if any. */
  static Optional<Extension> extension(DomainResource resource, String url, String location) {
    List<Extension> found = resource.getExtensionsByUrl(url);
    if (found.size() > 1) {
      throw fail(Problem.DUPLICATE_ELEMENT, extensionLocation(location, url));
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The value of the one extension with {@code url}, which the resource must have, of the expected type. */
  static <T extends Type> T requiredValue(DomainResource resource, String url, Class<T> type, String location) {
    Extension x = extension(resource, url, location).orElseThrow(() -> missing(extensionLocation(location, url),
        "the extension " + url));
    return value(x, type, location);
  }

  /** The value of an extension, of the expected type. */
  static <T extends Type> T value(Extension extension, Class<T> type, String location) {
    String at = extensionLocation(location, extension.getUrl()) + ".value";
    if (!extension.hasValue()) {
      throw missing(at, "a value of type " + type.getSimpleName());
    }
    if (!type.isInstance(extension.getValue())) {
      throw invalid(at, "a value of type " + type.getSimpleName());
    }
    return type.cast(extension.getValue());
  }

  /** A text written by {@link FhirText#of}; MISSING_ELEMENT if there is none. */
  static String text(StringType value, String location) {
    return FhirText.from(value).orElseThrow(() -> missing(location));
  }

}
