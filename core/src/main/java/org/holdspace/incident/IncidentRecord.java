package org.holdspace.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * The clinician's record of an incident: the harm sign it documents (a sign of {@code
 * RegulationSignCodes}, say {@code AGGRESSION}, or a vendor's), what came just before when known
 * ({@link AntecedentCodes}), injury or none, the physical intervention or {@link
 * PhysicalInterventionCodes#NONE}, and who was told and when. Its time is the incident's. The
 * clinician's own account, if written, is free text about a child: the library's implementation
 * redacts it in {@code toString()}; it is never logged, and never repeated in generated text.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * IncidentRecord record = IncidentRecord.builder().id("i1").at(t)
 *     .harmSign(RegulationSignCodes.AGGRESSION).antecedent(AntecedentCodes.TRANSITION)
 *     .injury(Injury.NONE).physicalIntervention(PhysicalInterventionCodes.NONE)
 *     .addTold(Notification.of(CaregiverCodes.PARENT, t.plusSeconds(1800))).build();
 * }</pre>
 */
public interface IncidentRecord extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableIncidentRecordValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default IncidentRecord withId(String id) {
    return builder().from(this).id(id).build();
  }

  /**
   * A copy that begins at another time, everything else equal (its end, if any, included). The
   * copy is the library's own value of this kind, whatever class this one is.
   *
   * @param at the new start
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the copy would end before it begins, or
   *     after someone was told of it
   */
  default IncidentRecord withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the harm sign the record documents */
  Code harmSign();

  /** @return what came just before, when recorded */
  Optional<Code> antecedent();

  /** @return whether anyone was hurt */
  Injury injury();

  /** @return the physical intervention used; {@link PhysicalInterventionCodes#NONE} for none */
  Code physicalIntervention();

  /** @return who was told and when, in the order recorded; empty when no one was (yet) */
  List<Notification> told();

  /** @return the clinician's own account, if written; redacted in {@code toString()} */
  Optional<String> account();

  /**
   * Records in {@code violations} what is wrong with {@code incidentRecord}, an implementation of
   * any origin: its id and times, its fields, and anyone told before the incident began ({@code
   * incident.told-before-incident}).
   *
   * @param incidentRecord the incident record to check
   * @param violations where to record what is wrong
   * @param path the path of the incident record, for example {@code events[3]}, or empty
   */
  static void check(IncidentRecord incidentRecord, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(incidentRecord, violations, path);
    violations.require(incidentRecord.harmSign(), p + "harmSign");
    violations.require(incidentRecord.antecedent(), p + "antecedent");
    violations.require(incidentRecord.injury(), p + "injury");
    violations.require(incidentRecord.physicalIntervention(), p + "physicalIntervention");
    violations.require(incidentRecord.account(), p + "account");
    List<Notification> told = incidentRecord.told();
    if (violations.requireElements(told, p + "told") && incidentRecord.at() != null) {
      for (int i = 0; i < told.size(); i++) {
        if (told.get(i).at().isBefore(incidentRecord.at())) {
          violations.add(CoreViolation.TOLD_BEFORE_INCIDENT, p + "told[" + i + "].at");
        }
      }
    }
  }

  /** Builds the library's own {@link IncidentRecord}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param harmSign the harm sign the record documents
     * @return this builder
     */
    Builder harmSign(Code harmSign);

    /**
     * @param antecedent what came just before
     * @return this builder
     */
    Builder antecedent(Code antecedent);

    /**
     * @param antecedent what came just before, or empty
     * @return this builder
     */
    Builder antecedent(Optional<? extends Code> antecedent);

    /**
     * @param injury whether anyone was hurt
     * @return this builder
     */
    Builder injury(Injury injury);

    /**
     * @param physicalIntervention the physical intervention used, or {@link PhysicalInterventionCodes#NONE}
     * @return this builder
     */
    Builder physicalIntervention(Code physicalIntervention);

    /**
     * @param element one more person told, by role, and when
     * @return this builder
     */
    Builder addTold(Notification element);

    /**
     * @param elements more people told
     * @return this builder
     */
    Builder addTold(Notification... elements);

    /**
     * @param elements more people told
     * @return this builder
     */
    Builder addAllTold(Iterable<? extends Notification> elements);

    /**
     * @param elements the people told, replacing any given before
     * @return this builder
     */
    Builder told(Iterable<? extends Notification> elements);

    /**
     * @param account the clinician's own account
     * @return this builder
     */
    Builder account(String account);

    /**
     * @param account the clinician's own account, or empty
     * @return this builder
     */
    Builder account(Optional<String> account);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the incident record to copy
     * @return this builder
     */
    Builder from(IncidentRecord instance);

    /**
     * @return the incident record
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    IncidentRecord build();
  }
}
