package org.holdspace.session;

import java.time.Instant;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * A free-text note by the clinician on the timeline. The text is health information about a
 * child: the library's implementation redacts it in {@code toString()}; it is never logged, and
 * never read by the evaluators.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * ClinicianNote note = ClinicianNote.builder().id("n1").at(t).text("Calmer after the swing").build();
 * }</pre>
 */
public interface ClinicianNote extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableClinicianNoteValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default ClinicianNote withId(String id) {
    return builder().from(this).id(id).build();
  }

  /**
   * A copy that begins at another time, everything else equal (its end, if any, included). The
   * copy is the library's own value of this kind, whatever class this one is.
   *
   * @param at the new start
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the copy would end before it begins
   */
  default ClinicianNote withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the note; redacted in {@code toString()} */
  String text();


  /**
   * Records in {@code violations} what is wrong with {@code clinicianNote}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param clinicianNote the clinician note to check
   * @param violations where to record what is wrong
   * @param path the path of the clinician note, for example {@code events[3]}, or empty
   */
  static void check(ClinicianNote clinicianNote, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(clinicianNote, violations, path);
    violations.require(clinicianNote.text(), p + "text");
  }

  /** Builds the library's own {@link ClinicianNote}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param text the note
     * @return this builder
     */
    Builder text(String text);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the clinician note to copy
     * @return this builder
     */
    Builder from(ClinicianNote instance);

    /**
     * @return the clinician note
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    ClinicianNote build();
  }
}
