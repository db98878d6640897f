package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Reads a session back from a Bundle for {@link HoldspaceFhir#toSession}: the Encounter, its goals
 * and events (each by the first mapping that reads it, vendors' first), and a vendor's session
 * type when the Encounter names one. Immutable and thread-safe.
 */
final class BundleReader {
  /** The vendors' mappings, then the library's: the order in which resources are offered for reading. */
  private final List<EventMapping<?>> mappings;
  private final List<FhirSessionCodec<?>> sessionCodecs;
  private final FhirIdentity identity;

  BundleReader(List<EventMapping<?>> mappings, List<FhirSessionCodec<?>> sessionCodecs, FhirIdentity identity) {
    this.identity = identity;
    this.mappings = mappings;
    this.sessionCodecs = sessionCodecs;
  }

  Session read(Bundle bundle) {
    List<Resource> resources = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    int encounterIndex = -1;
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
      if (!entry.hasResource()) {
        throw Reading.missing(Reading.entry(i));
      }
      resources.add(entry.getResource());
      urls.add(entry.hasFullUrl() ? entry.getFullUrl() : null);
      if (entry.getResource() instanceof Encounter) {
        if (encounterIndex >= 0) {
          throw Reading.fail(Problem.DUPLICATE_ELEMENT, Reading.entry(i));
        }
        encounterIndex = i;
      }
    }
    if (encounterIndex < 0) {
      throw Reading.missing("Bundle.entry.resource.ofType(Encounter)");
    }
    Reading in = new Reading(resources, urls, identity);
    Encounter encounter = (Encounter) resources.get(encounterIndex);
    Session.Builder b = Session.builder();
    try { // the Encounter's codes and times are core values: a refused one is a domain violation there
      EncounterMapping.read(encounter, Reading.entry(encounterIndex), b, identity);
    } catch (ValidationException e) {
      throw domain(Reading.entry(encounterIndex), e);
    }
    in.session(encounterIndex,
        Reading.client(encounter.getSubject(), identity, Reading.entry(encounterIndex) + ".subject"));
    for (int i = 0; i < resources.size(); i++) {
      if (GoalAttemptMapping.isGasRating(resources.get(i))) {
        in.gasRating(i, (Observation) resources.get(i));
      }
    }
    Set<Integer> attempts = new HashSet<>();
    for (int i = 0; i < resources.size(); i++) {
      Resource r = resources.get(i);
      if (i == encounterIndex || GoalAttemptMapping.isGasRating(r) || AssessmentMapping.isDerived(r)
          || Provenances.isProvenance(r, identity)) {
        continue;
      }
      try {
        if (r instanceof org.hl7.fhir.r4.model.Goal) {
          b.addGoal(GoalMapping.read((org.hl7.fhir.r4.model.Goal) r, Reading.entry(i), in));
          continue;
        }
        EventMapping<?> mapping = mappingFor(r);
        if (mapping == null) {
          throw new HoldspaceFhirException(Problem.UNKNOWN_RESOURCE, Reading.entry(i),
              HoldspaceFhirException.withArticle(r.fhirType()) + " that no mapping reads");
        }
        SessionEvent e = mapping.read(r, i, in);
        if (mapping instanceof GoalAttemptMapping) {
          attempts.add(i);
        }
        b.addEvent(e);
      } catch (ValidationException e) {
        throw domain(Reading.entry(i), e);
      }
    }
    in.checkGasRatingsUsed(attempts);
    Session base;
    try {
      base = b.build();
    } catch (ValidationException e) {
      throw domain("Bundle", e);
    }
    return EncounterMapping.hasVendorType(encounter) ? vendorSession(base, encounter, Reading.entry(encounterIndex)) : base;
  }

  private Session vendorSession(Session base, Encounter encounter, String at) {
    String typeName = EncounterMapping.vendorType(encounter, at);
    for (FhirSessionCodec<?> codec : sessionCodecs) {
      if (codec.typeName().equals(typeName)) {
        try {
          return codec.read(base, encounter);
        } catch (ValidationException e) {
          throw domain(at, e);
        } catch (HoldspaceFhirException e) {
          throw e;
        } catch (RuntimeException e) { // the codec's own failure: its message may quote the input
          throw new HoldspaceFhirException(Problem.INVALID_VALUE, at,
              "the vendor codec " + typeName + " failed with " + e.getClass().getSimpleName(), List.of(), null);
        }
      }
    }
    throw Reading.invalid(Reading.extensionLocation(at, EncounterMapping.SESSION_TYPE) + ".value");
  }

  private static HoldspaceFhirException domain(String at, ValidationException e) {
    return new HoldspaceFhirException(Problem.DOMAIN_VIOLATION, at, null, e.violations(), null);
  }

  private EventMapping<?> mappingFor(Resource r) {
    for (EventMapping<?> m : mappings) {
      if (m.reads(r)) {
        return m;
      }
    }
    return null;
  }
}
