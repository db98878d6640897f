package org.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.testkit.Copies;
import org.holdspace.testkit.Draw;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SessionPropertiesTest {

  @Test
  void everyGeneratedSessionBuildsAndMeetsTheConstraints() {
    qt(500).forAll(Generators.sessions()).checkAssert(s -> {
      assertThat(SessionConstraints.violationsOf(s)).isEmpty();
      assertThat(s.status().isHeld()).isEqualTo(s.actual().isPresent());
    });
  }

  @Test
  void equalInputsGiveEqualValuesWithEqualHashes() {
    qt(500).forAll(Generators.sessions()).checkAssert(s -> {
      Session rebuilt = Copies.deepCopy(s);
      assertThat(rebuilt).isNotSameAs(s);
      assertThat(rebuilt).isEqualTo(s);
      assertThat(rebuilt.hashCode()).isEqualTo(s.hashCode());
      assertThat(rebuilt.toString()).isEqualTo(s.toString());
    });
  }

  @Test
  void aChangedFieldGivesAnUnequalValue() {
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      Session other = Session.builder().from(s).id(s.id() + "x").build();
      assertThat(other).isNotEqualTo(s);
    });
  }

  /** One kind of invalid input: how to break a valid session, and what must be reported. */
  private static final class Breakage {
    final Session.Builder builder;
    final ViolationCode code;
    final String path;

    Breakage(Session.Builder builder, ViolationCode code, String path) {
      this.builder = builder;
      this.code = code;
      this.path = path;
    }

    @Override
    public String toString() {
      return code.code() + " at " + path;
    }
  }

  private static Gen<Breakage> breakages() {
    return Draw.gen(d -> {
      Session s = d.from(Generators.heldSessions());
      Session.Builder b = Session.builder().from(s);
      List<SessionEvent> events = new ArrayList<>(s.events());
      Instant start = s.actual().get().start();
      int n = events.size();
      switch (d.between(0, 7)) {
        case 0:
          events.add(connection("late", s.actual().get().end().plusSeconds(1)));
          return new Breakage(b.events(events), CoreViolation.OUTSIDE_SESSION, "events[" + n + "].at");
        case 1:
          events.add(connection("early", start.minusNanos(1)));
          return new Breakage(b.events(events), CoreViolation.OUTSIDE_SESSION, "events[" + n + "].at");
        case 2:
          if (n == 0) {
            events.add(connection("e-dup", start));
            n = 1;
          }
          events.add(connection(events.get(d.between(0, n - 1)).id(), start));
          return new Breakage(b.events(events), CoreViolation.DUPLICATE_ID, "events[" + n + "].id");
        case 3:
          events.add(GoalAttempt.builder().id("unknown-goal").at(start).goalId("no-such-goal").build());
          return new Breakage(b.events(events), CoreViolation.UNKNOWN_GOAL, "events[" + n + "].goalId");
        case 4:
          return new Breakage(b.status(SessionStatus.ENDED_EARLY).endReason(java.util.Optional.empty()),
              CoreViolation.END_REASON_REQUIRED, "endReason");
        case 5:
          return new Breakage(b.clinicianId(d.pick("", " ", "\t", "\u2028")), CoreViolation.BLANK, "clinicianId");
        case 6:
          return new Breakage(b.status(SessionStatus.NO_SHOW).endReason(Code.of("s", "c")),
              CoreViolation.NOT_HELD, "actual");
        default:
          events.add(org.holdspace.testkit.VendorFixtures.HydrationBreak.builder().id("inverted")
              .at(start.plusSeconds(1)).until(start).millilitres(1).build());
          return new Breakage(b.events(events), CoreViolation.END_BEFORE_START, "events[" + n + "].until");
      }
    });
  }

  private static ConnectionObservation connection(String id, Instant at) {
    return ConnectionObservation.builder().id(id).at(at).sign(ConnectionSignCodes.SHARED_ATTENTION).build();
  }

  @Test
  void eachKindOfInvalidInputIsRefusedWithItsViolationCode() {
    qt(500).forAll(breakages()).checkAssert(breakage -> {
      ValidationException e = catchThrowableOfType(ValidationException.class, breakage.builder::build);
      assertThat(e).as("refused: %s", breakage).isNotNull();
      assertThat(e.violations()).as("reported").contains(
          org.holdspace.validation.Violation.of(breakage.code, breakage.path));
    });
  }
}
