package org.holdspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.testkit.Copies;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** {@code withId} and {@code withAt} on every library event kind, for the library's values and a vendor's. */
class EventCopiesTest {

  private static SessionEvent call(SessionEvent e, String method, Class<?> type, Object value) {
    try {
      Method m = e.getClass().getMethod(method, type);
      m.setAccessible(true);
      return (SessionEvent) m.invoke(e, value);
    } catch (InvocationTargetException ex) {
      throw (RuntimeException) ex.getCause();
    } catch (ReflectiveOperationException ex) {
      throw new AssertionError(e.getClass().getName() + " has no public " + method, ex);
    }
  }

  @Test
  void copiesChangeOnlyWhatTheyName() {
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      for (SessionEvent e : s.events()) {
        SessionEvent renamed = call(e, "withId", String.class, "copy-of-" + e.id());
        assertThat(renamed).isEqualTo(Copies.withId(e, "copy-of-" + e.id()));
        assertThat(call(e, "withAt", Instant.class, e.at())).isEqualTo(e);
        SessionEvent handWritten = HandWrittenEvents.copyOf(e);
        assertThat(call(handWritten, "withAt", Instant.class, e.at())).isEqualTo(e);
        assertThat(call(handWritten, "withId", String.class, "copy-of-" + e.id())).isEqualTo(renamed);
      }
    });
  }

  @Test
  void aCopyThatWouldEndBeforeItBeginsIsRefused() {
    Instant nine = Instant.parse("2026-03-02T09:00:00Z");
    RegulationObservation o = RegulationObservation.builder().id("r1").at(nine).until(nine.plus(Duration.ofMinutes(5)))
        .band(ArousalBand.REGULATED).build();
    assertThat(o.withAt(nine.plus(Duration.ofMinutes(5))).at()).isEqualTo(nine.plus(Duration.ofMinutes(5)));
    assertThatThrownBy(() -> o.withAt(nine.plus(Duration.ofMinutes(6)))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> o.withId(" ")).isInstanceOf(ValidationException.class);
  }
}
