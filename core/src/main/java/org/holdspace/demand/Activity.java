package org.holdspace.demand;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * An activity during the session and the demand it placed on the child.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * Activity puzzle = Activity.builder().id("e2").at(t).until(t.plusSeconds(600))
 *     .activity(ActivityCodes.TABLE_TASK).demand(DemandLevel.HIGH).build();
 * }</pre>
 */
public interface Activity extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableActivityValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default Activity withId(String id) {
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
  default Activity withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return what the activity was, for example {@link ActivityCodes#FREE_PLAY} */
  Code activity();

  /** @return the demand it placed on the child */
  DemandLevel demand();


  /**
   * Records in {@code violations} what is wrong with {@code activity}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param activity the activity to check
   * @param violations where to record what is wrong
   * @param path the path of the activity, for example {@code events[3]}, or empty
   */
  static void check(Activity activity, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(activity, violations, path);
    violations.require(activity.activity(), p + "activity");
    violations.require(activity.demand(), p + "demand");
  }

  /** Builds the library's own {@link Activity}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param activity what the activity was
     * @return this builder
     */
    Builder activity(Code activity);

    /**
     * @param demand the demand it placed on the child
     * @return this builder
     */
    Builder demand(DemandLevel demand);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the activity to copy
     * @return this builder
     */
    Builder from(Activity instance);

    /**
     * @return the activity
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    Activity build();
  }
}
