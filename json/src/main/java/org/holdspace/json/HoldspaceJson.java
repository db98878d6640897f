package org.holdspace.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.holdspace.evaluation.Assessment;
import org.holdspace.narrative.SessionNote;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;

/**
 * Reads and writes Holdspace documents and NDJSON with the module and the {@link JsonLimits}
 * applied. Every problem with the input, malformed bytes at the very start included, is a
 * {@link HoldspaceJsonException}. Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * HoldspaceJson json = HoldspaceJson.standard();
 * Session session = json.readSession(document);
 * byte[] out = json.writeSession(session);
 * try (NdjsonReader<Session> lines = json.readSessions(inputStream)) {
 *   lines.forEachRemaining(line -> line.value().ifPresent(evaluator::evaluate));
 * }
 * }</pre>
 */
public final class HoldspaceJson {
  private static final HoldspaceJson STANDARD = new HoldspaceJson(new HoldspaceModule());

  private final ObjectMapper mapper;
  private final ObjectReader sessionReader;
  private final ObjectReader assessmentReader;
  private final ObjectReader noteReader;
  private final JsonLimits limits;
  private final WriteLimits writeLimits;

  private HoldspaceJson(HoldspaceModule module) {
    this.limits = module.limits();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = new ObjectMapper(factory)
        .registerModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // The module's readers refuse a repeated field name themselves, without Jackson's per-object
    // set; the mapper callers get keeps Jackson's check for their own uses
    ObjectReader reader = mapper.copyWith(factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build()).reader();
    this.writeLimits = new WriteLimits(limits, factory);
    this.sessionReader = reader.forType(Session.class);
    this.assessmentReader = reader.forType(Assessment.class);
    this.noteReader = reader.forType(SessionNote.class);
  }

  /** {@return the library's types only, default limits} */
  public static HoldspaceJson standard() {
    return STANDARD;
  }

  /**
   * With {@code module} (a vendor's codecs, its limits).
   *
   * @param module the module
   * @return the reader and writer
   */
  public static HoldspaceJson of(HoldspaceModule module) {
    return new HoldspaceJson(module);
  }

  /** {@return the configured mapper, for uses this class does not cover. Do not reconfigure it} */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** {@return the limits in force} */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads one session document, UTF-8.
   *
   * @param json the document
   * @return the session
   * @throws HoldspaceJsonException if it is not a valid session document
   */
  public Session readSession(byte[] json) throws HoldspaceJsonException {
    return read(json, Session.class);
  }

  /**
   * Reads one session document.
   *
   * @param json the document
   * @return the session
   * @throws HoldspaceJsonException if it is not a valid session document
   */
  public Session readSession(String json) throws HoldspaceJsonException {
    return read(json.getBytes(StandardCharsets.UTF_8), Session.class);
  }

  /**
   * Reads one session document from a stream, which is not closed.
   *
   * @param json the document
   * @return the session
   * @throws HoldspaceJsonException if it is not a valid session document
   */
  public Session readSession(InputStream json) throws HoldspaceJsonException {
    Session value;
    try {
      value = sessionReader.readValue(new NonClosing(json));
    } catch (IOException e) {
      throw translate(e);
    }
    return nonNull(value, Session.class);
  }

  /**
   * Reads one assessment document, UTF-8.
   *
   * @param json the document
   * @return the assessment
   * @throws HoldspaceJsonException if it is not a valid assessment document
   */
  public Assessment readAssessment(byte[] json) throws HoldspaceJsonException {
    return read(json, Assessment.class);
  }

  /**
   * Reads one session note document, UTF-8: a note stored as {@link #writeSessionNote} wrote it,
   * signed or not, with every statement, its key and evidence.
   *
   * <pre>{@code
   * SessionNote stored = HoldspaceJson.standard().readSessionNote(document);
   * stored.status();   // SIGNED, with signedBy() and signedAt()
   * }</pre>
   *
   * @param json the document
   * @return the note
   * @throws HoldspaceJsonException if it is not a valid session note document
   */
  public SessionNote readSessionNote(byte[] json) throws HoldspaceJsonException {
    return read(json, SessionNote.class);
  }

  /**
   * Writes a session note as one UTF-8 document, the pair of {@link #readSessionNote(byte[])}. The
   * note's text (free of caregivers' and clinicians' words, but naming goals' texts) is health
   * information: store it as such.
   *
   * @param note a session note
   * @return the document
   * @throws HoldspaceJsonException ({@code LIMIT_EXCEEDED}) if a reader with these limits would
   *     refuse the document
   */
  public byte[] writeSessionNote(SessionNote note) throws HoldspaceJsonException {
    return write(note);
  }

  /**
   * Writes a session as one UTF-8 document, the pair of {@link #readSession(byte[])}.
   *
   * @param session a session of any registered implementation
   * @return the document
   * @throws HoldspaceJsonException if the session cannot be written (a vendor type with no codec), or
   *     ({@code LIMIT_EXCEEDED}) if a reader with these limits would refuse the document
   */
  public byte[] writeSession(Session session) throws HoldspaceJsonException {
    return write(session);
  }

  /**
   * Writes an assessment as one UTF-8 document, the pair of {@link #readAssessment(byte[])}.
   *
   * @param assessment an assessment
   * @return the document
   * @throws HoldspaceJsonException if the assessment cannot be written, or ({@code LIMIT_EXCEEDED})
   *     if a reader with these limits would refuse the document
   */
  public byte[] writeAssessment(Assessment assessment) throws HoldspaceJsonException {
    return write(assessment);
  }

  /** {@code value} as one document, refused if a reader with these limits would refuse it. */
  byte[] write(Object value) throws HoldspaceJsonException {
    try {
      return writeLimits.check(mapper.writeValueAsBytes(java.util.Objects.requireNonNull(value, "value")), value);
    } catch (IOException e) {
      throw translateWrite(e);
    }
  }

  /** A failure of the stream itself, with the {@code IOException} as the cause. */
  static HoldspaceJsonException ioFailure(IOException e) {
    return new HoldspaceJsonException(null, Problem.IO_FAILURE, "", null,
        "the stream failed while reading (" + e.getClass().getSimpleName() + ")", List.of(), e);
  }

  /**
   * An exception from writing, as the library's own: the writers' own refusals name the type and
   * what to register (class names and instructions, never values).
   */
  static HoldspaceJsonException translateWrite(IOException e) {
    if (e instanceof HoldspaceJsonException) {
      return (HoldspaceJsonException) e;
    }
    String detail = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
        : "the value could not be written";
    return new HoldspaceJsonException(null, Problem.NOT_WRITABLE, "", null, detail, List.of(), e);
  }

  /**
   * A reader of the sessions of an NDJSON stream, one per line; see {@link NdjsonReader}.
   *
   * @param ndjson the stream, closed when the reader is
   * @return the reader
   */
  public NdjsonReader<Session> readSessions(InputStream ndjson) {
    return new NdjsonReader<>(ndjson, this, Session.class);
  }

  /**
   * A reader of the assessments of an NDJSON stream, one per line.
   *
   * @param ndjson the stream, closed when the reader is
   * @return the reader
   */
  public NdjsonReader<Assessment> readAssessments(InputStream ndjson) {
    return new NdjsonReader<>(ndjson, this, Assessment.class);
  }

  /**
   * A writer of one session per line to {@code out}, the pair of {@link #readSessions}.
   *
   * @param out the stream, closed when the writer is
   * @return the writer
   */
  public NdjsonWriter<Session> writeSessions(OutputStream out) {
    return new NdjsonWriter<>(out, this);
  }

  /**
   * A writer of one assessment per line to {@code out}, the pair of {@link #readAssessments}.
   *
   * @param out the stream, closed when the writer is
   * @return the writer
   */
  public NdjsonWriter<Assessment> writeAssessments(OutputStream out) {
    return new NdjsonWriter<>(out, this);
  }

  <T> T read(byte[] json, Class<T> type) throws HoldspaceJsonException {
    if (json.length > limits.maxDocumentBytes()) {
      throw new HoldspaceJsonException(null, Problem.LIMIT_EXCEEDED, "", null,
          "the document is larger than " + limits.maxDocumentBytes() + " bytes", List.of(), null);
    }
    T value;
    try {
      value = type.cast(readerFor(type).readValue(json));
    } catch (IOException e) {
      throw translate(e);
    }
    return nonNull(value, type);
  }

  private ObjectReader readerFor(Class<?> type) {
    if (type == Session.class) {
      return sessionReader;
    }
    if (type == Assessment.class) {
      return assessmentReader;
    }
    if (type == SessionNote.class) {
      return noteReader;
    }
    throw new IllegalArgumentException("reads sessions, assessments and session notes only");
  }

  private static <T> T nonNull(T value, Class<T> type) throws HoldspaceJsonException {
    if (value == null) {
      throw new HoldspaceJsonException(null, Problem.WRONG_TYPE, "", null,
          "the document must be a JSON object, not null", List.of(), null);
    }
    return value;
  }

  /** Any exception from reading, as the library's own, without quoting the input. */
  static HoldspaceJsonException translate(IOException e) {
    if (e instanceof HoldspaceJsonException) {
      return (HoldspaceJsonException) e;
    }
    JsonLocation at = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (e instanceof StreamConstraintsException) {
      return new HoldspaceJsonException(null, Problem.LIMIT_EXCEEDED, "", at,
          "the input is larger than the configured limits allow", List.of(), null);
    }
    if (e instanceof JsonProcessingException) {
      return new HoldspaceJsonException(null, Problem.MALFORMED, "", at, "the input is not well-formed JSON",
          List.of(), null);
    }
    if (e instanceof java.io.CharConversionException) {
      // Jackson's report of bytes that are not text in any encoding it reads: bad data, not a fault
      return new HoldspaceJsonException(null, Problem.MALFORMED, "", null,
          "the input could not be read as JSON text", List.of(), null);
    }
    return ioFailure(e);
  }

  /** Keeps Jackson from closing a caller's stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
