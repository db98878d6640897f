package org.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/** The one list of the library's event kinds, and the test kit's coverage of every kind. */
class EventKindTest {

  @Test
  void eachKindIsADistinctInterfaceOfAnEvent() {
    Set<Class<?>> types = EnumSet.allOf(EventKind.class).stream().map(EventKind::type).collect(Collectors.toSet());
    assertThat(types).hasSize(EventKind.values().length);
    for (EventKind kind : EventKind.values()) {
      assertThat(kind.type().isInterface()).as(kind.name()).isTrue();
      assertThat(SessionEvent.class.isAssignableFrom(kind.type())).as(kind.name()).isTrue();
      assertThat(EventKind.ofType(kind.type())).contains(kind);
    }
  }

  @Test
  void aVendorsOwnEventIsOfNoKind() {
    SessionEvent own = new SessionEvent() {
      @Override
      public String id() {
        return "v1";
      }

      @Override
      public java.time.Instant at() {
        return java.time.Instant.EPOCH;
      }

      @Override
      public java.util.Optional<java.time.Instant> until() {
        return java.util.Optional.empty();
      }
    };
    assertThat(EventKind.of(own)).isEmpty();
  }

  @Test
  void theTestKitHasAHandWrittenTwinOfEveryKindInOrder() {
    List<Class<? extends SessionEvent>> twins = HandWrittenEvents.CLASSES;
    assertThat(twins).hasSize(EventKind.values().length);
    Set<EventKind> covered = EnumSet.noneOf(EventKind.class);
    for (Class<? extends SessionEvent> twin : twins) {
      covered.add(EventKind.ofType(twin).orElseThrow());
    }
    assertThat(covered).containsExactlyInAnyOrder(EventKind.values());
  }

  @Test
  void theTestKitGeneratesEveryKindAndTheScenariosUseTheLibrarysValues() {
    Set<EventKind> generated = EnumSet.noneOf(EventKind.class);
    qt(300).forAll(Generators.sessions()).checkAssert(session -> {
      for (SessionEvent e : session.events()) {
        EventKind.of(e).ifPresent(generated::add); // a generated session may hold a vendor's own events too
      }
    });
    assertThat(generated).containsExactlyInAnyOrder(EventKind.values());
    for (PublicScenario scenario : PublicScenario.values()) {
      for (SessionEvent e : scenario.session().events()) {
        assertThat(EventKind.of(e)).as(e.id()).isPresent();
      }
    }
  }
}
