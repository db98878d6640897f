package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.fhir.ImportReport.Outcome;

/**
 * What became of each resource of an import, as it is read: settled outcomes, and the outcomes a
 * session's reading has staged until the session is built ({@link #commit}) or refused ({@link
 * #refuseSession}). Strictly, a refusal or a skip is thrown at once instead. Not thread-safe: one
 * per import.
 */
final class Accounts {
  private final Entries in;
  private final boolean tolerant;
  private final Outcome[] outcome;
  private final String[] reason;
  private final HoldspaceFhirException[] refusal;
  private final List<List<String>> sessions = new ArrayList<>();
  /** Encounter index to the resources its session read (READ) or keeps (KEPT), until commit. */
  private final Map<Integer, Map<Integer, Outcome>> staged = new HashMap<>();
  /** Entry index to the first Encounter whose session staged it. */
  private final Map<Integer, Integer> stagedIn = new HashMap<>();
  /** Encounter index to its refusal, for the resources of a refused session. */
  private final Map<Integer, HoldspaceFhirException> refusedSessions = new HashMap<>();

  Accounts(Entries in, boolean tolerant) {
    this.in = in;
    this.tolerant = tolerant;
    this.outcome = new Outcome[in.size()];
    this.reason = new String[in.size()];
    this.refusal = new HoldspaceFhirException[in.size()];
    for (int i = 0; i < in.size(); i++) {
      sessions.add(new ArrayList<>());
    }
  }

  boolean tolerant() {
    return tolerant;
  }

  /** Settles a resource Holdspace derives. */
  void derived(int i) {
    outcome[i] = Outcome.DERIVED;
    reason[i] = "made by Holdspace: evaluate the session again";
  }

  /** Refuses a resource: strictly, throws {@code e}; tolerantly, reports it. */
  void refuse(int i, HoldspaceFhirException e) {
    HoldspaceFhirException at = in.relocate(e);
    if (!tolerant) {
      throw at;
    }
    outcome[i] = Outcome.REFUSED;
    refusal[i] = at;
    reason[i] = at.getMessage();
  }

  /** Skips a resource no mapping reads: strictly, throws {@code strict}; tolerantly, reports {@code why}. */
  void skip(int i, HoldspaceFhirException strict, String why) {
    if (!tolerant) {
      throw in.relocate(strict);
    }
    outcome[i] = Outcome.SKIPPED;
    reason[i] = why;
  }

  /** Stages a resource as read into (or kept beside) the session of Encounter {@code encounter}. */
  void stage(int i, int encounter, Outcome o, String why) {
    staged.computeIfAbsent(encounter, x -> new LinkedHashMap<>()).put(i, o);
    stagedIn.putIfAbsent(i, encounter);
    if (why != null) {
      reason[i] = why;
    }
  }

  /** The session of Encounter {@code encounter} was built: its staged resources are settled. */
  void commit(int encounter, String sessionId) {
    staged.getOrDefault(encounter, Map.of()).forEach((i, o) -> {
      if (refusal[i] != null) { // a Goal refused in another session, read in this one
        refusal[i] = null;
        reason[i] = null;
      }
      outcome[i] = o;
      sessions.get(i).add(sessionId);
    });
  }

  /**
   * The session of Encounter {@code encounter} was refused: strictly, throws {@code e};
   * tolerantly, the Encounter is refused with {@code e} and its resources as its session's.
   */
  void refuseSession(int encounter, List<Integer> members, HoldspaceFhirException e) {
    refuse(encounter, e);
    refusedSessions.put(encounter, in.relocate(e));
    for (int m : members) {
      if (outcome[m] == null) {
        outcome[m] = Outcome.REFUSED;
        refusal[m] = refusedSessions.get(encounter);
        reason[m] = "its session was refused";
      }
    }
  }

  ImportReport report() {
    List<ImportReport.Entry> entries = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Outcome o = outcome[i];
      if (o == null) { // staged only for refused sessions
        o = Outcome.REFUSED;
        refusal[i] = refusedSessions.get(stagedIn.get(i));
        reason[i] = "its session was refused";
      }
      var r = in.resource(i);
      entries.add(new ImportReport.Entry(r == null ? "none" : r.fhirType(), in.name(i), in.location(i), o,
          sessions.get(i), reason[i], refusal[i]));
    }
    return new ImportReport(entries);
  }
}
