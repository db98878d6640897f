package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Rule;
import org.holdspace.internal.ArrayView;
import org.holdspace.timeline.SessionEvent;

/** What every standard rule shares: its id and version, and a way to list evidence ids. */
abstract class StandardRule implements Rule {
  private final String id;
  private final int version;

  StandardRule(String id, int version) {
    this.id = id;
    this.version = version;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final int version() {
    return version;
  }

  @Override
  public final String toString() {
    return id + " v" + version;
  }

  /** The ids of {@code events}, in their order (ids are unique in a session). */
  static List<String> ids(List<? extends SessionEvent> events) {
    // SessionEvent.ids in a list a finding keeps as it is, rather than copies
    Object[] ids = new Object[events.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = events.get(i).id();
    }
    return ArrayView.owning(ids, ids.length);
  }

}
