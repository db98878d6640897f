package org.holdspace.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ProgressInputTest {

  /** The sample's children, each with their sessions in the order the sample made them. */
  private static Map<String, List<Session>> children(long seed, int sessions) {
    SampleSessions sample = new SampleSessions(seed);
    Map<String, List<Session>> byChild = new LinkedHashMap<>();
    for (int i = 0; i < sessions; i++) {
      Session s = sample.next();
      byChild.computeIfAbsent(s.clientId(), k -> new ArrayList<>()).add(s);
    }
    return byChild;
  }

  private static byte[] bytes(ProgressInput in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      in.writeTo(new DataOutputStream(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ProgressInput read(byte[] bytes) throws IOException {
    return ProgressInput.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void fromTheInputsInAnyOrderEqualsOfTheSessionsWhenTheNotHeldKeepTheirOrder() {
    Random random = new Random(3);
    int children = 0;
    for (List<Session> sessions : children(11, 1_500).values()) {
      List<ProgressInput> inputs = new ArrayList<>();
      for (Session s : sessions) {
        inputs.add(ProgressInput.of(s));
      }
      ProgressReport expected = Progress.of(sessions);
      // shuffled, then the engine's order (planned start, id): the sessions in that order give the same report
      Collections.shuffle(inputs, random);
      inputs.sort(Comparator.comparing(ProgressInput::plannedStart).thenComparing(ProgressInput::sessionId));
      List<Session> inEngineOrder = new ArrayList<>(sessions);
      inEngineOrder.sort(Comparator.comparing((Session s) -> s.planned().start()).thenComparing(Session::id));
      assertThat(Progress.from(inputs)).isEqualTo(Progress.of(inEngineOrder));
      // the rows, directions and support profile do not depend on the order at all
      Collections.shuffle(inputs, random);
      ProgressReport shuffled = Progress.from(inputs);
      assertThat(shuffled.sessions()).isEqualTo(expected.sessions());
      assertThat(shuffled.supportProfile()).isEqualTo(expected.supportProfile());
      assertThat(List.of(shuffled.timeToRegulate(), shuffled.regulatedShare(), shuffled.readiness()))
          .isEqualTo(List.of(expected.timeToRegulate(), expected.regulatedShare(), expected.readiness()));
      assertThat(shuffled.notHeld()).containsExactlyInAnyOrderElementsOf(expected.notHeld());
      children++;
    }
    assertThat(children).isGreaterThan(100);
  }

  @Test
  void eachHeldSessionGivesItsRowAndItsSupportsInOrderOfFirstUse() {
    Session hardDay = PublicScenario.values()[0].session();
    ProgressInput in = ProgressInput.of(hardDay);
    ProgressReport one = Progress.of(List.of(hardDay));
    assertThat(in.clientId()).isEqualTo(hardDay.clientId());
    assertThat(in.sessionId()).isEqualTo(hardDay.id());
    assertThat(in.plannedStart()).isEqualTo(hardDay.planned().start());
    assertThat(in.isHeld()).isTrue();
    assertThat(in.measures()).contains(one.sessions().get(0));
    assertThat(in.supports()).containsExactlyInAnyOrderElementsOf(one.supportProfile());
    assertThat(in.toString()).doesNotContain(hardDay.clientId()).doesNotContain(hardDay.id());
  }

  @Test
  void theCompactFormReadsBackEqualOverGeneratedSessions() {
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      ProgressInput in = ProgressInput.of(s);
      try {
        assertThat(read(bytes(in))).isEqualTo(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(in.isHeld()).isEqualTo(s.status().isHeld());
    });
  }

  @Test
  void aDamagedFormIsAnIoErrorThatNamesThePartAndNeverTheData() throws IOException {
    Session s = PublicScenario.values()[0].session();
    byte[] good = bytes(ProgressInput.of(s));
    assertThat(catchThrowableOfType(() -> read(Arrays.copyOf(good, good.length - 3)), EOFException.class)).isNotNull();
    byte[] otherForm = good.clone();
    otherForm[0] = 9;
    assertThat(catchThrowableOfType(() -> read(otherForm), StreamCorruptedException.class))
        .hasMessageContaining("form byte 9");
    byte[] badLength = good.clone();
    badLength[1] = (byte) 0xFF; // the client id's length, negative
    assertThat(catchThrowableOfType(() -> read(badLength), StreamCorruptedException.class))
        .hasMessageContaining("ProgressInput.clientId").hasMessageNotContaining(s.clientId());
    assertThat(read(good)).isEqualTo(ProgressInput.of(s));
  }

  @Test
  void fromRefusesNoInputsAndMixedChildren() {
    List<Session> two = new ArrayList<>(children(5, 200).values()).subList(0, 2).stream()
        .map(list -> list.get(0)).toList();
    ValidationException mixed = catchThrowableOfType(
        () -> Progress.from(two.stream().map(ProgressInput::of).toList()), ValidationException.class);
    assertThat(mixed.violations()).extracting(v -> v.path()).containsExactly("inputs[1].clientId");
    assertThat(catchThrowableOfType(() -> Progress.from(List.of()), ValidationException.class)).isNotNull();
  }
}
