package org.holdspace.json;

/**
 * Limits on what a reader accepts, so that hostile or broken input fails fast with a
 * {@link HoldspaceJsonException} ({@code LIMIT_EXCEEDED}) instead of exhausting memory or time.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().withMaxEventsPerSession(20_000);
 * }</pre>
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new JsonLimits(16L * 1024 * 1024, 1_000_000, 64, 100_000);

  private final long maxDocumentBytes;
  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxEventsPerSession;

  private JsonLimits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxEventsPerSession) {
    if (maxDocumentBytes < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxEventsPerSession < 0) {
      throw new IllegalArgumentException("JSON limits must be positive");
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxStringLength = maxStringLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxEventsPerSession = maxEventsPerSession;
  }

  /**
   * The defaults: documents (and NDJSON lines) up to 16 MiB, strings up to 1,000,000 characters,
   * nesting up to 64 levels, up to 100,000 events in a session.
   *
   * @return the default limits
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the largest document, or NDJSON line, in bytes} */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@return the longest string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the deepest nesting of arrays and objects} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the most events one session may hold} */
  public int maxEventsPerSession() {
    return maxEventsPerSession;
  }

  /**
   * These limits with another document size.
   *
   * @param bytes the new limit, greater than zero
   * @return new limits; these are unchanged
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxStringLength, maxNestingDepth, maxEventsPerSession);
  }

  /**
   * These limits with another string length.
   *
   * @param characters the new limit, greater than zero
   * @return new limits; these are unchanged
   */
  public JsonLimits withMaxStringLength(int characters) {
    return new JsonLimits(maxDocumentBytes, characters, maxNestingDepth, maxEventsPerSession);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the new limit, greater than zero
   * @return new limits; these are unchanged
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, maxStringLength, depth, maxEventsPerSession);
  }

  /**
   * These limits with another number of events per session.
   *
   * @param events the new limit, greater than zero
   * @return new limits; these are unchanged
   */
  public JsonLimits withMaxEventsPerSession(int events) {
    return new JsonLimits(maxDocumentBytes, maxStringLength, maxNestingDepth, events);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxStringLength=" + maxStringLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxEventsPerSession=" + maxEventsPerSession + "}";
  }
}
