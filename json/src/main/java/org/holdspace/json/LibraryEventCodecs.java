package org.holdspace.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.timeline.SessionEvent;

/** The registration table of the library's event kinds: one codec each, by wire name and by interface. */
final class LibraryEventCodecs {
  /** Every library event kind's codec. */
  static final List<EventKindCodec<?>> ALL = List.of(new RegulationObservationCodec(), new SensorySupportCodec(),
      new ActivityCodec(), new EnvironmentFactorCodec(), new ReadinessAssessmentCodec(), new GoalAttemptCodec(),
      new ConnectionObservationCodec(), new ClinicianNoteCodec(), new CaregiverReportCodec(),
      new CaregiverPresenceCodec(), new CaregiverCoachingCodec(), new IncidentRecordCodec(), new HandoverCodec());

  private static final Map<String, EventKindCodec<?>> BY_NAME = new HashMap<>();
  private static final Map<Class<?>, EventKindCodec<?>> BY_KIND = new HashMap<>();

  static {
    for (EventKindCodec<?> c : ALL) {
      BY_NAME.put(c.typeName(), c);
      BY_KIND.put(c.kind(), c);
    }
  }

  private LibraryEventCodecs() {}

  /** @return the codec of the library kind named {@code typeName} on the wire, or null */
  static EventKindCodec<?> named(String typeName) {
    return BY_NAME.get(typeName);
  }

  /** @return the codec of library kind {@code kind}, or null */
  @SuppressWarnings("unchecked")
  static <E extends SessionEvent> EventKindCodec<E> of(Class<E> kind) {
    return (EventKindCodec<E>) BY_KIND.get(kind);
  }
}
