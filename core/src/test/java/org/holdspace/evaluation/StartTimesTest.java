package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.session.ClinicianNote;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * The primitive index of start times answers as the binary search over the events does, for
 * lists long enough to be indexed, with starts that share a second and differ in nanoseconds.
 */
class StartTimesTest {
  private static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void answersAsTheSearchOverTheEvents() {
    qt(200).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(StartTimes.INDEXED_FROM, 300),
        lists().of(integers().between(-5, 405)).ofSize(40)).checkAssert((offsets, probes) -> {
          List<Integer> sorted = new ArrayList<>(offsets);
          sorted.sort(null);
          List<SessionEvent> events = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            events.add(ClinicianNote.builder().id("n" + i).at(at(sorted.get(i))).text("x").build());
          }
          StartTimes index = StartTimes.of(events);
          assertThat(index).isInstanceOf(StartTimes.Indexed.class);
          for (int probe : probes) {
            assertThat(index.lastAtOrBefore(at(probe))).isEqualTo(Overlaps.lastStartingAtOrBefore(events, at(probe)));
          }
        });
  }

  /** Offsets in quarter seconds and nanoseconds: several starts share a second. */
  private static Instant at(int offset) {
    return BASE.plusSeconds(offset / 4).plusNanos((offset % 4) * 250_000_000L + (offset % 3));
  }
}
