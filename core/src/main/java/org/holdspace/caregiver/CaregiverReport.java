package org.holdspace.caregiver;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * What the caregiver told the clinician about the time before the session: a short night, an
 * illness, hunger, pain, a hard day at school or at home, a change in routine ({@link
 * CaregiverReportCodes}), and their own words if written down. Information, never blame. The
 * words are free text about a child: the library's implementation redacts them in {@code
 * toString()}; they are never logged, and never repeated in generated text.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * CaregiverReport report = CaregiverReport.builder().id("r1").at(start)
 *     .addConcern(CaregiverReportCodes.SHORT_NIGHT).build();
 * }</pre>
 */
public interface CaregiverReport extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableCaregiverReportValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default CaregiverReport withId(String id) {
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
  default CaregiverReport withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return what the caregiver reported; may be empty when only words were written down */
  Set<Code> concerns();

  /** @return the caregiver's words, if written down; redacted in {@code toString()} */
  Optional<String> words();


  /**
   * Records in {@code violations} what is wrong with {@code caregiverReport}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param caregiverReport the caregiver report to check
   * @param violations where to record what is wrong
   * @param path the path of the caregiver report, for example {@code events[3]}, or empty
   */
  static void check(CaregiverReport caregiverReport, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(caregiverReport, violations, path);
    violations.requireElements(caregiverReport.concerns(), p + "concerns");
    violations.require(caregiverReport.words(), p + "words");
  }

  /** Builds the library's own {@link CaregiverReport}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param element one more concern reported
     * @return this builder
     */
    Builder addConcern(Code element);

    /**
     * @param elements more concerns reported
     * @return this builder
     */
    Builder addConcerns(Code... elements);

    /**
     * @param elements more concerns reported
     * @return this builder
     */
    Builder addAllConcerns(Iterable<? extends Code> elements);

    /**
     * @param elements the concerns reported, replacing any given before
     * @return this builder
     */
    Builder concerns(Iterable<? extends Code> elements);

    /**
     * @param words the caregiver's words
     * @return this builder
     */
    Builder words(String words);

    /**
     * @param words the caregiver's words, or empty
     * @return this builder
     */
    Builder words(Optional<String> words);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the caregiver report to copy
     * @return this builder
     */
    Builder from(CaregiverReport instance);

    /**
     * @return the caregiver report
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    CaregiverReport build();
  }
}
