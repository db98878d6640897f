package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.session.Session;

/**
 * Reads the sessions of an input ({@link Entries}): finds the Encounters, gives each resource to
 * the session whose Encounter it references and each Goal to its sessions, has {@link
 * SessionReader} read each session, and accounts for every resource in the {@link ImportReport}.
 * Immutable and thread-safe.
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

  /** The one session of a Bundle with exactly one Encounter, strictly, for {@link HoldspaceFhir#toSession}. */
  Session readOne(org.hl7.fhir.r4.model.Bundle bundle) {
    int encounter = -1;
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      var entry = bundle.getEntry().get(i);
      if (!entry.hasResource()) {
        throw Reading.missing(Reading.entry(i));
      }
      if (entry.getResource() instanceof Encounter) {
        if (encounter >= 0) {
          throw Reading.fail(Problem.DUPLICATE_ELEMENT, Reading.entry(i));
        }
        encounter = i;
      }
    }
    if (encounter < 0) {
      throw Reading.missing("Bundle.entry.resource.ofType(Encounter)", "an Encounter: the session");
    }
    return read(Entries.of(bundle), false, Map.of(), Map.of()).sessions().get(0);
  }

  /**
   * Reads every session of the input.
   *
   * @param refused refusals already made (a bulk line that is not a resource), by entry index
   */
  FhirImport read(Entries in, boolean tolerant, Map<String, FhirEventReader> readers,
      Map<Integer, HoldspaceFhirException> refused) {
    if (!tolerant) {
      in.checkUniqueUrls();
    }
    Accounts accounts = new Accounts(in, tolerant);
    refused.forEach(accounts::refuse);
    List<Integer> encounters = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (in.resource(i) instanceof Encounter) {
        encounters.add(i);
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    encounters.forEach(e -> members.put(e, new ArrayList<>()));
    List<Integer> goals = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Resource r = in.resource(i);
      if (r == null) {
        if (!refused.containsKey(i)) {
          accounts.skip(i, Reading.missing(in.location(i), "a resource"), "an entry without a resource");
        }
      } else if (AssessmentMapping.isDerived(r) || Provenances.isProvenance(r, identity)) {
        accounts.derived(i);
      } else if (r instanceof Goal) {
        goals.add(i);
      } else if (!(r instanceof Encounter)) {
        int encounter = encounterOf(r, in);
        if (encounter < 0 && encounters.size() == 1 && !tolerant) {
          encounter = encounters.get(0); // strictly, as one session's: its mapping says what is wrong with the link
        }
        if (encounter >= 0) {
          members.get(encounter).add(i);
        } else {
          unlinked(i, r, accounts);
        }
      }
    }
    Map<Integer, Set<Integer>> goalsOf = assignGoals(goals, encounters, in, accounts);
    SessionReader reader = new SessionReader(in, mappings, sessionCodecs, identity, readers, accounts);
    List<Session> sessions = new ArrayList<>();
    Map<String, List<Resource>> kept = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int e : encounters) {
      List<Resource> keptHere = new ArrayList<>();
      Session s = reader.read(e, members.get(e), goalsOf.getOrDefault(e, Set.of()), keptHere);
      if (s == null) {
        continue;
      }
      if (!ids.add(s.id())) {
        accounts.refuseSession(e, members.get(e), in.relocate(Reading.fail(Problem.DUPLICATE_ELEMENT,
            Reading.entry(e) + ".identifier")));
        continue;
      }
      sessions.add(s);
      kept.put(s.id(), keptHere);
    }
    return new FhirImport(sessions, kept, accounts.report());
  }

  /** A resource that references no Encounter of the input. */
  private void unlinked(int i, Resource r, Accounts accounts) {
    boolean mapped = GoalAttemptMapping.isGasRating(r) || SessionReader.mappingFor(mappings, r) != null;
    if (mapped) { // a Holdspace event without its session
      accounts.refuse(i, Reading.fail(Problem.BROKEN_REFERENCE, Reading.entry(i) + ".encounter"));
    } else {
      accounts.skip(i, new HoldspaceFhirException(Problem.UNKNOWN_RESOURCE, Reading.entry(i),
          HoldspaceFhirException.withArticle(r.fhirType()) + " that no mapping reads"),
          "no mapping reads " + HoldspaceFhirException.withArticle(r.fhirType()) + " outside a session");
    }
  }

  /** The index of the Encounter a resource references, or a negative number if none. */
  static int encounterOf(Resource r, Entries in) {
    List<Base> links = new ArrayList<>();
    if (r instanceof DocumentReference) {
      links.addAll(((DocumentReference) r).getContext().getEncounter());
    } else {
      Property p = r.getChildByName("encounter");
      if (p != null) {
        links.addAll(p.getValues());
      }
    }
    for (Base link : links) {
      if (link instanceof Reference && ((Reference) link).hasReference()) {
        int target = in.resolve(((Reference) link).getReference());
        if (target >= 0 && in.resource(target) instanceof Encounter) {
          return target;
        }
      }
    }
    return Entries.NONE;
  }

  /**
   * The goals of each Encounter: a Goal that names its Encounter ({@code goal-session}) is that
   * session's; else the sessions whose goal attempts are about it; else, with one Encounter in
   * the input, that one's. A Goal with none of these is skipped (strictly, refused).
   */
  private Map<Integer, Set<Integer>> assignGoals(List<Integer> goals, List<Integer> encounters, Entries in,
      Accounts accounts) {
    Map<Integer, Set<Integer>> attemptedIn = new LinkedHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      Resource r = in.resource(i);
      if (r instanceof Observation && ((Observation) r).hasFocus()) {
        int encounter = encounterOf(r, in);
        for (Reference focus : ((Observation) r).getFocus()) {
          int goal = focus.hasReference() ? in.resolve(focus.getReference()) : Entries.NONE;
          if (goal >= 0 && encounter >= 0) {
            attemptedIn.computeIfAbsent(goal, g -> new LinkedHashSet<>()).add(encounter);
          }
        }
      }
    }
    Map<Integer, Set<Integer>> goalsOf = new LinkedHashMap<>();
    for (int g : goals) {
      Set<Integer> sessions = new LinkedHashSet<>();
      var named = ((Goal) in.resource(g)).getExtensionByUrl(Urls.GOAL_SESSION);
      if (named != null) {
        int target = named.getValue() instanceof Reference && ((Reference) named.getValue()).hasReference()
            ? in.resolve(((Reference) named.getValue()).getReference()) : Entries.NONE;
        if (target < 0 || !(in.resource(target) instanceof Encounter)) {
          accounts.refuse(g, Reading.fail(Problem.BROKEN_REFERENCE,
              Reading.extensionLocation(Reading.entry(g), Urls.GOAL_SESSION) + ".value"));
          continue;
        }
        sessions.add(target);
      } else if (attemptedIn.containsKey(g)) {
        sessions.addAll(attemptedIn.get(g));
      } else if (encounters.size() == 1) {
        sessions.add(encounters.get(0));
      } else {
        accounts.skip(g, Reading.missing(Reading.extensionLocation(Reading.entry(g), Urls.GOAL_SESSION),
            "the extension " + Urls.GOAL_SESSION + " naming the session's Encounter"),
            "a Goal that names no Encounter, that no goal attempt is about, among several Encounters");
        continue;
      }
      sessions.forEach(e -> goalsOf.computeIfAbsent(e, x -> new LinkedHashSet<>()).add(g));
    }
    return goalsOf;
  }

}
