package org.holdspace.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.fhir.ImportReport.Outcome;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Reads one session for {@link BundleReader}: the Encounter, its goals and its resources, each by
 * the first mapping that reads it (vendors' first), else by a registered {@link FhirEventReader},
 * else kept (a foreign Observation or Procedure) or skipped (tolerantly) or refused (strictly);
 * and a vendor's session type when the Encounter names one. Every outcome goes to the {@link
 * Accounts}.
 */
final class SessionReader {
  private final Entries in;
  private final List<EventMapping<?>> mappings;
  private final List<FhirSessionCodec<?>> sessionCodecs;
  private final FhirIdentity identity;
  private final Map<String, FhirEventReader> readers;
  private final Accounts accounts;

  SessionReader(Entries in, List<EventMapping<?>> mappings, List<FhirSessionCodec<?>> sessionCodecs,
      FhirIdentity identity, Map<String, FhirEventReader> readers, Accounts accounts) {
    this.in = in;
    this.mappings = mappings;
    this.sessionCodecs = sessionCodecs;
    this.identity = identity;
    this.readers = readers;
    this.accounts = accounts;
  }

  /**
   * Reads the session of the Encounter at {@code encounter}, or refuses it (tolerantly: null).
   *
   * @param members the resources that reference the Encounter
   * @param goals the Goals that are the session's
   * @param kept where the session's kept resources go
   */
  Session read(int encounter, List<Integer> members, Set<Integer> goals, List<Resource> kept) {
    try {
      Session s = readSession(encounter, members, goals, kept);
      accounts.commit(encounter, s.id());
      return s;
    } catch (HoldspaceFhirException e) {
      accounts.refuseSession(encounter, members, e);
      kept.clear();
      return null;
    }
  }

  private Session readSession(int index, List<Integer> members, Set<Integer> goals, List<Resource> kept) {
    Encounter encounter = (Encounter) in.resource(index);
    String at = Reading.entry(index);
    Reading reading = new Reading(in, identity);
    Session.Builder b = Session.builder();
    List<String> defaults = new ArrayList<>();
    try { // the Encounter's codes and times are core values: a refused one is a domain violation there
      EncounterMapping.read(encounter, at, b, reading, accounts.tolerant(), defaults);
    } catch (ValidationException e) {
      throw domain(at, e);
    }
    reading.session(index, reading.client(encounter.getSubject(), at + ".subject"));
    accounts.stage(index, index, Outcome.READ, defaults.isEmpty() ? null : String.join("; ", defaults));
    for (int i : members) {
      if (GoalAttemptMapping.isGasRating(in.resource(i))) {
        attempt(i, () -> {
          reading.gasRating(i, (Observation) in.resource(i));
          accounts.stage(i, index, Outcome.READ, null);
        });
      }
    }
    Set<Integer> attempts = new HashSet<>();
    java.util.TreeSet<Integer> inOrder = new java.util.TreeSet<>(goals); // read in input order: the first problem is the first in the input
    members.stream().filter(i -> !GoalAttemptMapping.isGasRating(in.resource(i))).forEach(inOrder::add);
    for (int i : inOrder) {
      Resource r = in.resource(i);
      if (r instanceof Goal) {
        attempt(i, () -> {
          b.addGoal(GoalMapping.read((Goal) r, Reading.entry(i), reading));
          accounts.stage(i, index, Outcome.READ, null);
        });
      } else {
        attempt(i, () -> readMember(i, r, index, reading, b, attempts, kept));
      }
    }
    for (int unused : reading.unusedGasRatings(attempts)) { // a rating of an attempt that was not read
      accounts.refuse(unused, Reading.fail(Problem.BROKEN_REFERENCE, Reading.entry(unused) + ".derivedFrom[0]"));
    }
    Session base;
    try {
      base = b.build();
    } catch (ValidationException e) {
      throw domain("Bundle", e);
    }
    return EncounterMapping.hasVendorType(encounter) ? vendorSession(base, encounter, at) : base;
  }

  private void readMember(int i, Resource r, int encounter, Reading reading, Session.Builder b, Set<Integer> attempts,
      List<Resource> kept) {
    EventMapping<?> mapping = mappingFor(r);
    if (mapping != null) {
      b.addEvent(mapping.read(r, i, reading));
      if (mapping instanceof GoalAttemptMapping) {
        attempts.add(i);
      }
      accounts.stage(i, encounter, Outcome.READ, null);
      return;
    }
    FhirEventReader reader = readerFor(r);
    if (reader != null) {
      b.addEvent(readForeign(reader, r, i, reading));
      accounts.stage(i, encounter, Outcome.READ, null);
    } else if (accounts.tolerant() && (r instanceof Observation || r instanceof Procedure)) {
      kept.add(r);
      accounts.stage(i, encounter, Outcome.KEPT, "no mapping reads its code: kept beside the session");
    } else {
      accounts.skip(i, new HoldspaceFhirException(Problem.UNKNOWN_RESOURCE, Reading.entry(i),
          HoldspaceFhirException.withArticle(r.fhirType()) + " that no mapping reads"),
          "no mapping reads " + HoldspaceFhirException.withArticle(r.fhirType()));
    }
  }

  /** Runs a read; a refusal (or a domain violation) refuses the resource at {@code i}. */
  private void attempt(int i, Runnable read) {
    try {
      read.run();
    } catch (ValidationException e) {
      accounts.refuse(i, domain(Reading.entry(i), e));
    } catch (HoldspaceFhirException e) {
      accounts.refuse(i, e);
    }
  }

  private FhirEventReader readerFor(Resource r) {
    List<Coding> codings = r instanceof Observation ? ((Observation) r).getCode().getCoding()
        : r instanceof Procedure ? ((Procedure) r).getCode().getCoding() : List.of();
    for (Coding c : codings) {
      FhirEventReader reader = readers.get(FhirImporter.key(c.getSystem(), c.getCode()));
      if (reader != null) {
        return reader;
      }
    }
    return null;
  }

  /** A foreign Observation or Procedure read by a vendor's reader, its header from its identifier and time. */
  private SessionEvent readForeign(FhirEventReader reader, Resource r, int i, Reading reading) {
    String at = Reading.entry(i);
    boolean observation = r instanceof Observation;
    reading.checkSubjectAndEncounter(observation ? ((Observation) r).getSubject() : ((Procedure) r).getSubject(),
        observation ? ((Observation) r).getEncounter() : ((Procedure) r).getEncounter(), at);
    List<Identifier> ids = observation ? ((Observation) r).getIdentifier() : ((Procedure) r).getIdentifier();
    String id = ids.stream().anyMatch(x -> identity.eventSystem().equals(x.getSystem()))
        ? Reading.identifier(ids, identity.eventSystem(), at) : Entries.idOf(r);
    if (id == null) {
      throw Reading.missing(at + ".identifier", "an identifier in system " + identity.eventSystem() + ", or an id");
    }
    String time = observation ? ".effective" : ".performed";
    Instant[] when = Reading.effective(observation ? ((Observation) r).getEffective() : ((Procedure) r).getPerformed(),
        at + time);
    FhirEventHeader header = new FhirEventHeader(id, when[0], Optional.ofNullable(when[1]), at);
    try {
      return reader.read(header, r);
    } catch (HoldspaceFhirException | ValidationException e) {
      throw e;
    } catch (RuntimeException e) { // the reader's own failure: its message may quote the input
      throw new HoldspaceFhirException(Problem.INVALID_VALUE, at,
          "the event reader failed with " + e.getClass().getSimpleName(), List.of(), null);
    }
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
    return mappingFor(mappings, r);
  }

  /** The first of {@code mappings} that reads {@code r}, or null. */
  static EventMapping<?> mappingFor(List<EventMapping<?>> mappings, Resource r) {
    for (EventMapping<?> m : mappings) {
      if (m.reads(r)) {
        return m;
      }
    }
    return null;
  }
}
