package org.holdspace.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.caregiver.Handover;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.timeline.SessionEvent;

/**
 * Every library event kind implemented by hand, as a vendor would without Immutables: plain Java
 * records over the library's interfaces. {@link #copyOf} turns any library event into its
 * hand-written twin.
 */
public final class HandWrittenEvents {
  private HandWrittenEvents() {}

  /** A hand-written regulation observation. */
  public record Regulation(String id, Instant at, Optional<Instant> until, ArousalBand band, Set<Code> signs,
      Optional<RegulationMode> mode, Optional<Code> label) implements RegulationObservation {}

  /** A hand-written sensory support. */
  public record Support(String id, Instant at, Optional<Instant> until, Code support, Set<SensorySystem> systems,
      Optional<SupportQuality> quality, SupportResponse response, Optional<SupportEffect> effect)
      implements SensorySupport {}

  /** A hand-written activity. */
  public record Task(String id, Instant at, Optional<Instant> until, Code activity, DemandLevel demand)
      implements Activity {}

  /** A hand-written environment factor. */
  public record Surroundings(String id, Instant at, Optional<Instant> until, Code factor)
      implements EnvironmentFactor {}

  /** A hand-written readiness assessment. */
  public record Readiness(String id, Instant at, Optional<Instant> until, ReadinessLevel level,
      Set<ReadinessIndicator> indicatorsMet, Set<ReadinessIndicator> indicatorsNotMet, String assessedBy)
      implements ReadinessAssessment {}

  /** A hand-written goal attempt. */
  public record Attempt(String id, Instant at, Optional<Instant> until, String goalId, Optional<Code> assistance,
      Optional<AttemptOutcome> outcome, OptionalInt gasLevel, OptionalInt opportunities, OptionalInt correctResponses)
      implements GoalAttempt {}

  /** A hand-written connection observation. */
  public record Connection(String id, Instant at, Optional<Instant> until, Code sign)
      implements ConnectionObservation {}

  /** A hand-written clinician note. */
  public record Note(String id, Instant at, Optional<Instant> until, String text) implements ClinicianNote {}

  /** A hand-written caregiver report. */
  public record Report(String id, Instant at, Optional<Instant> until, Set<Code> concerns, Optional<String> words)
      implements CaregiverReport {}

  /** A hand-written caregiver presence. */
  public record Caregiver(String id, Instant at, Optional<Instant> until, Code caregiver)
      implements CaregiverPresence {}

  /** A hand-written coaching event. */
  public record Coaching(String id, Instant at, Optional<Instant> until, Code strategy, CoachingStep step)
      implements CaregiverCoaching {}

  /** A hand-written incident record. */
  public record Incident(String id, Instant at, Optional<Instant> until, Code harmSign, Optional<Code> antecedent,
      Injury injury, Code physicalIntervention, List<Notification> told, Optional<String> account)
      implements IncidentRecord {}

  /** A hand-written handover. */
  public record HandedOver(String id, Instant at, Optional<Instant> until, Code to) implements Handover {}

  /**
   * The hand-written twin of a library event.
   *
   * @param e any event
   * @return its twin, or {@code e} itself when it is of no library kind
   */
  public static SessionEvent copyOf(SessionEvent e) {
    if (e instanceof RegulationObservation) {
      RegulationObservation o = (RegulationObservation) e;
      return new Regulation(o.id(), o.at(), o.until(), o.band(), o.signs(), o.mode(), o.label());
    } else if (e instanceof SensorySupport) {
      SensorySupport o = (SensorySupport) e;
      return new Support(o.id(), o.at(), o.until(), o.support(), o.systems(), o.quality(), o.response(), o.effect());
    } else if (e instanceof Activity) {
      Activity o = (Activity) e;
      return new Task(o.id(), o.at(), o.until(), o.activity(), o.demand());
    } else if (e instanceof EnvironmentFactor) {
      EnvironmentFactor o = (EnvironmentFactor) e;
      return new Surroundings(o.id(), o.at(), o.until(), o.factor());
    } else if (e instanceof ReadinessAssessment) {
      ReadinessAssessment o = (ReadinessAssessment) e;
      return new Readiness(o.id(), o.at(), o.until(), o.level(), o.indicatorsMet(), o.indicatorsNotMet(),
          o.assessedBy());
    } else if (e instanceof GoalAttempt) {
      GoalAttempt o = (GoalAttempt) e;
      return new Attempt(o.id(), o.at(), o.until(), o.goalId(), o.assistance(), o.outcome(), o.gasLevel(),
          o.opportunities(), o.correctResponses());
    } else if (e instanceof ConnectionObservation) {
      ConnectionObservation o = (ConnectionObservation) e;
      return new Connection(o.id(), o.at(), o.until(), o.sign());
    } else if (e instanceof ClinicianNote) {
      ClinicianNote o = (ClinicianNote) e;
      return new Note(o.id(), o.at(), o.until(), o.text());
    } else if (e instanceof CaregiverReport) {
      CaregiverReport o = (CaregiverReport) e;
      return new Report(o.id(), o.at(), o.until(), o.concerns(), o.words());
    } else if (e instanceof CaregiverPresence) {
      CaregiverPresence o = (CaregiverPresence) e;
      return new Caregiver(o.id(), o.at(), o.until(), o.caregiver());
    } else if (e instanceof CaregiverCoaching) {
      CaregiverCoaching o = (CaregiverCoaching) e;
      return new Coaching(o.id(), o.at(), o.until(), o.strategy(), o.step());
    } else if (e instanceof IncidentRecord) {
      IncidentRecord o = (IncidentRecord) e;
      return new Incident(o.id(), o.at(), o.until(), o.harmSign(), o.antecedent(), o.injury(),
          o.physicalIntervention(), o.told(), o.account());
    } else if (e instanceof Handover) {
      Handover o = (Handover) e;
      return new HandedOver(o.id(), o.at(), o.until(), o.to());
    }
    return e;
  }

  /**
   * Every event of {@code events} as its hand-written twin.
   *
   * @param events events
   * @return their twins, in order
   */
  public static List<SessionEvent> copyOf(List<SessionEvent> events) {
    List<SessionEvent> copies = new ArrayList<>();
    for (SessionEvent e : events) {
      copies.add(copyOf(e));
    }
    return copies;
  }

  /** The record classes, with the library kind each implements, in the order of the kinds. */
  public static final List<Class<? extends SessionEvent>> CLASSES = List.of(Regulation.class, Support.class,
      Task.class, Surroundings.class, Readiness.class, Attempt.class, Connection.class, Note.class, Report.class,
      Caregiver.class, Coaching.class, Incident.class, HandedOver.class);
}
