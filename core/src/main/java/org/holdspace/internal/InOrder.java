package org.holdspace.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on batches on worker threads, with each batch's result handed back on the calling thread
 * in input order, so that what a caller writes or reports is the same whatever the number of
 * threads. Batches are taken on the calling thread (a source need not be thread-safe); at most two
 * per thread are in flight, so memory stays bounded. On one thread, no thread is started.
 *
 * <p>Internal: for the NDJSON evaluation and the FHIR bulk export; exported to those modules only.
 */
public final class InOrder {
  private InOrder() {}

  /**
   * Where batches come from, on the calling thread.
   *
   * @param <B> the batch type
   */
  @FunctionalInterface
  public interface Batches<B> {
    /**
     * The next batch.
     *
     * @return the batch, or null when there are no more
     * @throws IOException if reading fails
     */
    B next() throws IOException;
  }

  /**
   * Where results go, on the calling thread, in input order.
   *
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface Delivery<R> {
    /**
     * Takes one batch's result.
     *
     * @param result the result
     * @return true to stop: no later result is delivered
     * @throws IOException if writing fails
     */
    boolean deliver(R result) throws IOException;
  }

  /**
   * Runs {@code work} on every batch and delivers the results in input order.
   *
   * @param threads worker threads, 1 or more
   * @param threadName the workers' name
   * @param batches the source
   * @param work what a worker does with one batch (from several threads at once when more than one)
   * @param delivery where results go
   * @param <B> the batch type
   * @param <R> the result type
   * @throws IOException if the source or the delivery fails, or the calling thread is interrupted
   *     while waiting ({@link InterruptedIOException}); a runtime exception or error thrown by
   *     {@code work} is rethrown as it was, in its batch's turn
   */
  public static <B, R> void run(int threads, String threadName, Batches<B> batches, Function<B, R> work,
      Delivery<R> delivery) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more");
    }
    if (threads == 1) {
      for (B batch = batches.next(); batch != null; batch = batches.next()) {
        if (delivery.deliver(work.apply(batch))) {
          return;
        }
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
      boolean ended = false;
      while (!ended || !inFlight.isEmpty()) {
        while (!ended && inFlight.size() < threads * 2) {
          B batch = batches.next();
          if (batch == null) {
            ended = true;
          } else {
            inFlight.add(pool.submit(() -> work.apply(batch)));
          }
        }
        if (!inFlight.isEmpty() && delivery.deliver(await(inFlight.poll()))) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a worker");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
