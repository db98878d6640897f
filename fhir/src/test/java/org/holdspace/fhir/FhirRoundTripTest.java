package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * A session exported and imported again, through FHIR JSON text, equals the original, codes'
 * displays included; the one thing FHIR cannot carry (a text of white space alone) is tested as
 * such.
 */
class FhirRoundTripTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();

  private static Session roundTrip(Session s) {
    Bundle b = FHIR.toBundle(s);
    return FHIR.readSession(FHIR.toJson(b));
  }

  @Test
  void everyPublicScenarioComesBackEqual() {
    for (PublicScenario p : PublicScenario.values()) {
      Session back = roundTrip(p.session());
      assertThat(back).as(p.name()).isEqualTo(p.session());
      assertThat(Displays.of(back)).as(p.name()).isEqualTo(Displays.of(p.session()));
    }
  }

  @Test
  void generatedSessionsComeBackEqualOrAreRefusedForACodeFhirCannotHold() {
    AtomicInteger carried = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt(300).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20)).checkAssert(s -> {
      if (Displays.codes(s).stream().allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()))) {
        carried.incrementAndGet();
        Session back = roundTrip(s);
        assertThat(back).isEqualTo(s);
        assertThat(back.getClass()).isEqualTo(s.getClass());
        assertThat(Displays.of(back)).isEqualTo(Displays.of(s));
      } else {
        refused.incrementAndGet();
        assertThatThrownBy(() -> FHIR.toBundle(s)).isInstanceOfSatisfying(HoldspaceFhirException.class,
            e -> assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE));
      }
    });
    assertThat(carried.get()).as("sessions carried").isGreaterThan(150);
    assertThat(refused.get()).as("sessions refused").isPositive();
  }

  @Test
  void fhirCodeSyntax() {
    assertThat(Writing.isFhirCode("a b")).isTrue();
    assertThat(Writing.isFhirCode("abc")).isTrue();
    assertThat(Writing.isFhirCode("")).isFalse();
    assertThat(Writing.isFhirCode(" a")).isFalse();
    assertThat(Writing.isFhirCode("a ")).isFalse();
    assertThat(Writing.isFhirCode("a  b")).isFalse();
    assertThat(Writing.isFhirCode("a\tb")).isFalse();
    assertThat(Writing.isFhirCode("a\u2028b")).isFalse();
    assertThat(Writing.isFhirUri("https://x.example/a")).isTrue();
    assertThat(Writing.isFhirUri("https://x.example/a b")).isFalse();
  }

  @Test
  void registeredHandWrittenEventsAreWrittenExactlyAsTheLibrarysOwn() {
    HoldspaceFhir.Builder b = HoldspaceFhir.builder();
    for (Class<? extends SessionEvent> type : HandWrittenEvents.CLASSES) {
      register(b, type);
    }
    HoldspaceFhir registered = b.build();
    for (PublicScenario p : PublicScenario.values()) {
      Session byHand = p.session().withEvents(HandWrittenEvents.copyOf(p.session().events()));
      assertThat(registered.toJson(registered.toBundle(byHand))).isEqualTo(FHIR.toJson(FHIR.toBundle(p.session())));
      assertThat(registered.readSession(registered.toJson(registered.toBundle(byHand)))).isEqualTo(p.session());
    }
  }

  /** Registers a hand-written class as the library kind it implements. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(HoldspaceFhir.Builder b, Class<? extends SessionEvent> type) {
    for (Class<?> kind : type.getInterfaces()) {
      if (SessionEvent.class.isAssignableFrom(kind) && kind != SessionEvent.class) {
        b.addLibraryKind((Class) type, (Class) kind);
        return;
      }
    }
    throw new AssertionError(type + " implements no library kind");
  }

  @Test
  void anUnregisteredHandWrittenEventIsRefused() {
    Session a = PublicScenario.HARD_DAY.session();
    Session byHand = a.withEvents(java.util.List.of(HandWrittenEvents.copyOf(a.events().get(0))));
    assertThatThrownBy(() -> FHIR.toBundle(byHand)).isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
      assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE);
      assertThat(e.location()).isEqualTo("Session.events[0]");
    });
    assertThatThrownBy(() -> HoldspaceFhir.builder().addLibraryKind(HandWrittenEvents.Regulation.class,
        SessionEvent.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameSessionAlwaysGivesTheSameBundle() {
    Session s = PublicScenario.HARD_DAY.session();
    assertThat(FHIR.toJson(FHIR.toBundle(s))).isEqualTo(FHIR.toJson(FHIR.toBundle(s)));
  }
}
