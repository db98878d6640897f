package org.holdspace.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of an NDJSON stream: its number, and either the value read from it or the error that
 * kept it from being read.
 *
 * @param <T> the type of value on the lines
 */
public final class NdjsonLine<T> {
  private final long number;
  private final T value;
  private final HoldspaceJsonException error;

  private NdjsonLine(long number, T value, HoldspaceJsonException error) {
    this.number = number;
    this.value = value;
    this.error = error;
  }

  static <T> NdjsonLine<T> ok(long number, T value) {
    return new NdjsonLine<>(number, Objects.requireNonNull(value), null);
  }

  static <T> NdjsonLine<T> failed(long number, HoldspaceJsonException error) {
    return new NdjsonLine<>(number, null, Objects.requireNonNull(error));
  }

  /** {@return the line's number, from 1} */
  public long number() {
    return number;
  }

  /** {@return whether the line was read} */
  public boolean isOk() {
    return error == null;
  }

  /** {@return the value read, if the line was read} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return why the line could not be read, if it could not} */
  public Optional<HoldspaceJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** {@code line 12: ok} or {@code line 13: <the error's message>}; never the value itself. */
  @Override
  public String toString() {
    return "line " + number + ": " + (error == null ? "ok" : error.getMessage());
  }
}
