package org.holdspace.session;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.goal.Goal;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/**
 * One therapy encounter: opaque ids, discipline, planned and actual time, status, the goals in
 * scope and a timeline of what was observed and done. Evaluators accept any implementation.
 *
 * <p>An interface without state; build the library's own implementation with {@link #builder()}:
 *
 * <pre>{@code
 * Session session = Session.builder()
 *     .id("s-1042").clientId("c-77").clinicianId("t-3")
 *     .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY)
 *     .planned(Interval.of(start, Duration.ofHours(1)))
 *     .actual(Interval.of(start, Duration.ofHours(1)))
 *     .status(SessionStatus.COMPLETED)
 *     .addEvent(RegulationObservation.builder().id("e1").at(start)
 *         .band(ArousalBand.ESCALATED).addSign(RegulationSignCodes.CRYING).build())
 *     .build();
 * }</pre>
 *
 * <p>A vendor writes its own {@code @Value.Immutable} type that extends this interface, with
 * fields of its own; the session constraints ({@link SessionConstraints}) apply to it through
 * {@link #checkSession()}.
 */
public interface Session {

  /**
   * Whether {@code session} is the library's own value (made by {@link #builder()} or a copy such
   * as {@link #withEvents}), rather than a vendor's session type. Writers use it so that a vendor
   * session's own fields are never dropped without a word.
   *
   * @param session any session
   * @return true for the library's own values, false for every other implementation
   */
  static boolean isLibraryValue(Session session) {
    return session instanceof TherapySession;
  }

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableTherapySession.builder();
  }

  /** {@return an opaque id of the session} */
  String id();

  /** {@return an opaque id of the child; never a name. Identifying: redacted in {@code toString()}} */
  @Value.Redacted
  String clientId();

  /** {@return an opaque id of the clinician who led the session. Identifying: redacted in {@code toString()}} */
  @Value.Redacted
  String clinicianId();

  /** {@return the discipline, for example {@link DisciplineCodes#SPEECH_AND_LANGUAGE_THERAPY}} */
  Code discipline();

  /** {@return where the session took place, for example {@link SettingCodes#CLINIC}} */
  Optional<Code> setting();

  /** {@return when the session was planned} */
  Interval planned();

  /** {@return when it actually took place; empty for a session that was not held} */
  Optional<Interval> actual();

  /** {@return a time zone for showing times to people; the timeline itself is in instants} */
  Optional<ZoneId> zone();

  /** {@return whether and how the session took place} */
  SessionStatus status();

  /** {@return why it ended as it did; required for every status but {@link SessionStatus#COMPLETED}} */
  Optional<Code> endReason();

  /** {@return the goals in scope for this session; goal attempts refer to them by id} */
  List<Goal> goals();

  /** {@return what was observed and done. The order of the list carries no meaning: only times do} */
  List<SessionEvent> events();

  /**
   * The family's language, as a BCP 47 tag (for example {@code es}), if recorded (DOMAIN.md,
   * records for the note, version 3). A default for session types written before it existed.
   *
   * @return the family's language, if recorded
   */
  default Optional<Locale> familyLanguage() {
    return Optional.empty();
  }

  /**
   * Whether an interpreter was used in the session, if recorded. A default for session types
   * written before it existed.
   *
   * @return whether an interpreter was used, if recorded
   */
  default Optional<Boolean> interpreterUsed() {
    return Optional.empty();
  }

  /**
   * This session with {@code events} in place of its own, of the same implementation; the library's
   * implementation and a vendor's Immutables type have it generated.
   *
   * @param events the events
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the copy is invalid
   */
  Session withEvents(Iterable<? extends SessionEvent> events);

  /** Applies {@link SessionConstraints} when any immutable implementation is built. */
  @Value.Check
  default void checkSession() {
    SessionConstraints.requireValid(this);
  }

  /** Builds the library's own {@link Session}; every violation is reported at once. */
  interface Builder {

    /**
     * @param language the family's language (a tag with a language, such as {@code es})
     * @return this builder
     */
    Builder familyLanguage(Locale language);

    /**
     * @param language the family's language, or empty
     * @return this builder
     */
    Builder familyLanguage(Optional<? extends Locale> language);

    /**
     * @param used whether an interpreter was used
     * @return this builder
     */
    Builder interpreterUsed(boolean used);

    /**
     * @param used whether an interpreter was used, or empty
     * @return this builder
     */
    Builder interpreterUsed(Optional<Boolean> used);

    /**
     * @param id an opaque id of the session
     * @return this builder
     */
    Builder id(String id);

    /**
     * @param clientId an opaque id of the child; never a name
     * @return this builder
     */
    Builder clientId(String clientId);

    /**
     * @param clinicianId an opaque id of the clinician who led the session
     * @return this builder
     */
    Builder clinicianId(String clinicianId);

    /**
     * @param discipline the discipline
     * @return this builder
     */
    Builder discipline(Code discipline);

    /**
     * @param setting where the session took place
     * @return this builder
     */
    Builder setting(Code setting);

    /**
     * @param setting where the session took place, or empty
     * @return this builder
     */
    Builder setting(Optional<? extends Code> setting);

    /**
     * @param planned when the session was planned
     * @return this builder
     */
    Builder planned(Interval planned);

    /**
     * @param actual when it actually took place
     * @return this builder
     */
    Builder actual(Interval actual);

    /**
     * @param actual when it actually took place, or empty for a session that was not held
     * @return this builder
     */
    Builder actual(Optional<? extends Interval> actual);

    /**
     * @param zone a time zone for showing times to people
     * @return this builder
     */
    Builder zone(ZoneId zone);

    /**
     * @param zone a time zone for showing times to people, or empty
     * @return this builder
     */
    Builder zone(Optional<? extends ZoneId> zone);

    /**
     * @param status whether and how the session took place
     * @return this builder
     */
    Builder status(SessionStatus status);

    /**
     * @param endReason why it ended as it did
     * @return this builder
     */
    Builder endReason(Code endReason);

    /**
     * @param endReason why it ended as it did, or empty
     * @return this builder
     */
    Builder endReason(Optional<? extends Code> endReason);

    /**
     * @param element one more goal in scope
     * @return this builder
     */
    Builder addGoal(Goal element);

    /**
     * @param elements more goals in scope
     * @return this builder
     */
    Builder addGoals(Goal... elements);

    /**
     * @param elements more goals in scope
     * @return this builder
     */
    Builder addAllGoals(Iterable<? extends Goal> elements);

    /**
     * @param elements the goals in scope, replacing any given before
     * @return this builder
     */
    Builder goals(Iterable<? extends Goal> elements);

    /**
     * @param element one more event
     * @return this builder
     */
    Builder addEvent(SessionEvent element);

    /**
     * @param elements more events
     * @return this builder
     */
    Builder addEvents(SessionEvent... elements);

    /**
     * @param elements more events
     * @return this builder
     */
    Builder addAllEvents(Iterable<? extends SessionEvent> elements);

    /**
     * @param elements the events, replacing any given before
     * @return this builder
     */
    Builder events(Iterable<? extends SessionEvent> elements);

    /**
     * Sets every field from {@code instance}, of any implementation (a vendor's extra fields are
     * not copied).
     *
     * @param instance the session to copy
     * @return this builder
     */
    Builder from(Session instance);

    /**
     * @return the session
     * @throws org.holdspace.validation.ValidationException listing every violation of the session
     */
    Session build();
  }
}
