package org.holdspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * One evaluator and one JSON mapper, shared by 8 threads, read and evaluate 1,000,000 sessions in
 * total ({@code -Dholdspace.concurrency.sessions=n} changes the count); every result equals the
 * single-threaded result for the same session.
 */
class SharedEvaluatorConcurrencyTest {
  private static final int DISTINCT = 5_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsGiveTheSingleThreadedResultSessionBySession() throws Exception {
    long total = Long.getLong("holdspace.concurrency.sessions", 1_000_000L);
    HoldspaceJson json = HoldspaceJson.standard();
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    SampleSessions sample = new SampleSessions(2026);
    byte[][] documents = new byte[DISTINCT][];
    Assessment[] expected = new Assessment[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      Session s = sample.next();
      documents[i] = json.writeSession(s);
      expected[i] = evaluator.evaluate(json.readSession(documents[i]));
    }
    AtomicLong next = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (long k = next.getAndIncrement(); k < total; k = next.getAndIncrement()) {
            int i = (int) (k % DISTINCT);
            Assessment a = evaluator.evaluate(json.readSession(documents[i]));
            if (!a.equals(expected[i])) {
              mismatches.incrementAndGet();
            }
            done.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(total);
    assertThat(mismatches.get()).isZero();
  }
}
