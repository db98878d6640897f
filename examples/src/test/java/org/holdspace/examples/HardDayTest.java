package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

class HardDayTest {

  @Test
  void printsTheHardDayTimelineInTimeOrderWithoutTheNoteText() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HardDay.print(PublicScenario.HARD_DAY.session(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("Session s-a-hard-day (Occupational therapy), 60 minutes, completed");
    assertThat(out).contains("09:00-09:06  regulation: escalated, not yet");
    assertThat(out).contains("support: Deep pressure, accepted, helped");
    assertThat(out.indexOf("shut down")).isLessThan(out.lastIndexOf("regulation: regulated"));
    assertThat(out).contains("clinician note (not shown)").doesNotContain("Long shutdown");
    assertThat(out).contains("15 events; 0 goal attempts");
  }
}
