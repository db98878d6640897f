package org.holdspace.progress;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.SupportCredit;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.ArousalSide;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.Session;
import org.holdspace.validation.ValidationException;

/**
 * What one session gives to its child's progress: the session's row of measures (when it took
 * place) and how each support went in it, in order of first use. {@link Progress#from} makes the
 * same report from these as {@link Progress#of} makes from the sessions, so an engine can measure
 * each session where it is read and move only this small value to where a child's sessions meet,
 * not the whole session.
 *
 * <p>{@link #writeTo} and {@link #readFrom} give a compact binary form for that move (a few dozen
 * bytes plus the ids and support codes). It is a wire form between workers running the same
 * Holdspace version, not a storage format: store sessions, not this.
 *
 * <pre>{@code
 * List<ProgressInput> inputs = sessions.stream().map(ProgressInput::of).toList();   // on the workers
 * ProgressReport report = Progress.from(inputs);   // equals Progress.of(sessions)
 * }</pre>
 */
public final class ProgressInput {
  private static final int FORM = 1;

  private final String clientId;
  private final String sessionId;
  private final Instant plannedStart;
  private final SessionProgress measures;
  private final List<SupportTally> supports;

  private ProgressInput(String clientId, String sessionId, Instant plannedStart, SessionProgress measures,
      List<SupportTally> supports) {
    this.clientId = clientId;
    this.sessionId = sessionId;
    this.plannedStart = plannedStart;
    this.measures = measures;
    this.supports = supports;
  }

  /**
   * Measures one session, as {@link Progress#of} measures each of a child's sessions (under the
   * default evaluation configuration).
   *
   * @param session a session
   * @return what it gives to its child's progress
   */
  public static ProgressInput of(Session session) {
    Objects.requireNonNull(session, "session");
    if (!session.status().isHeld()) {
      return new ProgressInput(session.clientId(), session.id(), session.planned().start(), null, List.of());
    }
    SessionFacts facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
    Optional<ReadinessLevel> highest = Optional.empty();
    for (ReadinessAssessment r : facts.readiness()) {
      if (highest.isEmpty() || r.level().compareTo(highest.get()) > 0) {
        highest = Optional.of(r.level());
      }
    }
    Optional<Duration> timeToRegulate = facts.neverRegulated() ? Optional.of(facts.sessionLength())
        : facts.timeToRegulate();
    SessionProgress row = SessionProgress.builder()
        .sessionId(session.id())
        .start(session.actual().get().start())
        .timeToRegulate(timeToRegulate)
        .neverRegulated(facts.neverRegulated())
        .regulatedShare(facts.regulatedShare())
        .highestReadiness(highest)
        .build();
    Set<SensorySupport> corroborated = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SupportCredit c : facts.corroboratedHelp()) {
      corroborated.add(c.support());
    }
    Map<Tally.Key, Tally> tallies = new LinkedHashMap<>();
    for (SensorySupport support : facts.supports()) {
      ArousalSide state = facts.stateAt(support.at()).map(ArousalBand::side).orElse(null);
      tallies.computeIfAbsent(new Tally.Key(support.support().system(), support.support().code(), state),
          k -> new Tally(support.support(), state)).count(support, corroborated.contains(support));
    }
    List<SupportTally> supports = new ArrayList<>(tallies.size());
    for (Tally t : tallies.values()) {
      supports.add(t.toValue());
    }
    return new ProgressInput(session.clientId(), session.id(), session.planned().start(), row,
        List.copyOf(supports));
  }

  /** {@return the child's opaque id} */
  public String clientId() {
    return clientId;
  }

  /** {@return the session's id} */
  public String sessionId() {
    return sessionId;
  }

  /** {@return the session's planned start (the order an engine may put a child's sessions in)} */
  public Instant plannedStart() {
    return plannedStart;
  }

  /** {@return whether the session took place; one that did not (cancelled, no-show) measures nothing} */
  public boolean isHeld() {
    return measures != null;
  }

  /** {@return the session's row of the report, when it took place} */
  public Optional<SessionProgress> measures() {
    return Optional.ofNullable(measures);
  }

  /** {@return how each support went in this session, in order of first use; empty when not held} */
  public List<SupportTally> supports() {
    return supports;
  }

  /**
   * Writes the compact binary form.
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORM);
    writeString(out, clientId);
    writeString(out, sessionId);
    writeInstant(out, plannedStart);
    out.writeBoolean(measures != null);
    if (measures != null) {
      writeInstant(out, measures.start());
      Optional<Duration> t = measures.timeToRegulate();
      out.writeBoolean(t.isPresent());
      if (t.isPresent()) {
        out.writeLong(t.get().getSeconds());
        out.writeInt(t.get().getNano());
      }
      out.writeBoolean(measures.neverRegulated());
      OptionalDouble share = measures.regulatedShare();
      out.writeBoolean(share.isPresent());
      if (share.isPresent()) {
        out.writeDouble(share.getAsDouble());
      }
      out.writeByte(measures.highestReadiness().map(Enum::ordinal).orElse(-1));
    }
    out.writeInt(supports.size());
    for (SupportTally t : supports) {
      writeString(out, t.support().system());
      writeString(out, t.support().code());
      out.writeBoolean(t.support().display().isPresent());
      if (t.support().display().isPresent()) {
        writeString(out, t.support().display().get());
      }
      out.writeByte(t.stateAtOffer().map(Enum::ordinal).orElse(-1));
      for (int n : new int[] {t.offered(), t.accepted(), t.declined(), t.helped(), t.helpedCorroborated(),
          t.noVisibleChange(), t.madeWorse(), t.unclear()}) {
        out.writeInt(n);
      }
    }
  }

  /**
   * Reads the compact binary form that {@link #writeTo} wrote (by the same Holdspace version).
   *
   * @param in where to read
   * @return the value
   * @throws IOException if {@code in} fails or ends early, or what it holds is not this form or
   *     not a valid value (the message says which part, never the data)
   */
  public static ProgressInput readFrom(DataInput in) throws IOException {
    int form = in.readByte();
    if (form != FORM) {
      throw new StreamCorruptedException("not a ProgressInput in compact form " + FORM + " (form byte " + form + ")");
    }
    try {
      String clientId = readString(in, "clientId");
      String sessionId = readString(in, "sessionId");
      Instant plannedStart = readInstant(in);
      SessionProgress measures = null;
      if (in.readBoolean()) {
        ImmutableSessionProgress.Builder row = SessionProgress.builder().sessionId(sessionId).start(readInstant(in));
        if (in.readBoolean()) {
          row.timeToRegulate(Duration.ofSeconds(in.readLong(), in.readInt()));
        }
        row.neverRegulated(in.readBoolean());
        if (in.readBoolean()) {
          row.regulatedShare(in.readDouble());
        }
        row.highestReadiness(Optional.ofNullable(ordinal(ReadinessLevel.values(), in.readByte(), "highestReadiness")));
        measures = row.build();
      }
      int count = in.readInt();
      if (count < 0 || count > 1 << 20 || (measures == null && count > 0)) {
        throw new StreamCorruptedException("ProgressInput.supports: a count of " + count + " is not possible here");
      }
      List<SupportTally> supports = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String system = readString(in, "supports[" + i + "].support.system");
        String code = readString(in, "supports[" + i + "].support.code");
        String display = in.readBoolean() ? readString(in, "supports[" + i + "].support.display") : null;
        supports.add(SupportTally.builder()
            .support(Code.of(system, code, display))
            .stateAtOffer(Optional.ofNullable(ordinal(ArousalSide.values(), in.readByte(), "supports[" + i + "].stateAtOffer")))
            .offered(in.readInt()).accepted(in.readInt()).declined(in.readInt()).helped(in.readInt())
            .helpedCorroborated(in.readInt()).noVisibleChange(in.readInt()).madeWorse(in.readInt())
            .unclear(in.readInt())
            .build());
      }
      if (clientId.isEmpty() || sessionId.isEmpty()) {
        throw new StreamCorruptedException("ProgressInput: an empty id");
      }
      return new ProgressInput(clientId, sessionId, plannedStart, measures, List.copyOf(supports));
    } catch (ValidationException | java.time.DateTimeException | ArithmeticException e) {
      // the messages name the field and the rule, never the value
      throw new StreamCorruptedException("ProgressInput holds an invalid value: " + e.getMessage());
    }
  }

  private static <E extends Enum<E>> E ordinal(E[] values, int ordinal, String where) throws StreamCorruptedException {
    if (ordinal == -1) {
      return null;
    }
    if (ordinal < 0 || ordinal >= values.length) {
      throw new StreamCorruptedException("ProgressInput." + where + ": no value numbered " + ordinal);
    }
    return values[ordinal];
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInput in, String where) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new StreamCorruptedException("ProgressInput." + where + ": a length of " + length + " is not possible here");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeInstant(DataOutput out, Instant t) throws IOException {
    out.writeLong(t.getEpochSecond());
    out.writeInt(t.getNano());
  }

  private static Instant readInstant(DataInput in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProgressInput)) {
      return false;
    }
    ProgressInput p = (ProgressInput) o;
    return clientId.equals(p.clientId) && sessionId.equals(p.sessionId) && plannedStart.equals(p.plannedStart)
        && Objects.equals(measures, p.measures) && supports.equals(p.supports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, sessionId, plannedStart, measures, supports);
  }

  /** {@return a description without the child's id or any measure} */
  @Override
  public String toString() {
    return "ProgressInput{" + (measures == null ? "not held" : "held, " + supports.size() + " supports") + "}";
  }
}
