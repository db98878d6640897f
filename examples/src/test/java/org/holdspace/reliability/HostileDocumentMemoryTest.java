package org.holdspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The memory bound, on demand ({@code ./mvnw -pl examples -am verify -Pscale}, with {@code
 * -Xmx128m}): a 7 MiB document of 100,000 events sharing one id (inside the default limits) is
 * refused in bounded memory, three times over, and a valid document of the same size is read;
 * prints the peak heap each needed.
 */
@Tag("scale")
class HostileDocumentMemoryTest {
  private static final HoldspaceJson JSON = HoldspaceJson.standard();

  private static byte[] document(boolean sameId) throws HoldspaceJsonException {
    String hardDay = new String(JSON.writeSession(PublicScenario.HARD_DAY.session()), StandardCharsets.UTF_8);
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      events.append(i == 0 ? "" : ",").append("{\"type\":\"clinicianNote\",\"id\":\"")
          .append(sameId ? "same" : "n" + i).append("\",\"at\":\"2026-03-02T09:10:00Z\",\"text\":\"note\"}");
    }
    return hardDay.replaceFirst("\"events\":\\[.*\\]", "\"events\":[" + events + "]").getBytes(StandardCharsets.UTF_8);
  }

  private static long peakHeapDuring(Runnable work) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    work.run();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  @Test
  void aHostileDocumentIsRefusedAndAValidOneReadInBoundedMemory() throws Exception {
    byte[] hostile = document(true);
    for (int run = 1; run <= 3; run++) {
      long peak = peakHeapDuring(() -> {
        HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(hostile));
        assertThat(e.violations()).hasSize(100);
        assertThat(e.getMessage().length()).isLessThan(2_000);
      });
      System.out.printf("hostile document %.1f MiB refused, run %d: peak heap %.1f MiB (max %.0f MiB)%n",
          hostile.length / 1048576.0, run, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
    byte[] valid = document(false);
    long peak = peakHeapDuring(() -> {
      try {
        Session s = JSON.readSession(valid);
        assertThat(s.events()).hasSize(100_000);
      } catch (HoldspaceJsonException e) {
        throw new AssertionError(e);
      }
    });
    System.out.printf("valid document %.1f MiB read: peak heap %.1f MiB%n", valid.length / 1048576.0,
        peak / 1048576.0);
  }
}
