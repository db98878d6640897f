package org.holdspace.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.holdspace.internal.ArrayView;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * One thing a rule found, with the evidence for it: the ids of the events that support it, the id
 * and version of the rule, and a message key for its rationale. A finding holds no text for
 * people; {@link org.holdspace.narrative.Narrator} renders it when asked.
 *
 * <pre>{@code
 * Finding f = Finding.rung(rule, Rung.CONNECTION, "finding.connection.observed", List.of("e9"));
 * }</pre>
 *
 * <p>Immutable. Written by hand rather than generated: rules make findings on the hot path of
 * every evaluation, and this class copies the evidence once instead of twice.
 */
public final class Finding {
  private final String ruleId;
  private final int ruleVersion;
  private final FindingKind kind;
  private final Rung rung;
  private final String key;
  private final List<String> evidence;

  private Finding(String ruleId, int ruleVersion, FindingKind kind, Rung rung, String key, List<String> evidence) {
    List<String> copy = null;
    try {
      copy = evidence == null ? null : ArrayView.copyOf(evidence);
    } catch (NullPointerException e) {
      copy = null; // a null id: reported below
    }
    if (copy == null || ruleId == null || !Violations.isValidId(ruleId) || key == null
        || !Violations.isValidId(key) || kind == null || ruleVersion < 0
        || (rung != null) != (kind == FindingKind.RUNG)) {
      Violations v = Violations.of("Finding");
      v.requireId(ruleId, "ruleId");
      v.requireId(key, "key");
      if (v.require(kind, "kind") && (rung != null) != (kind == FindingKind.RUNG)) {
        v.add(CoreViolation.REQUIRED, "rung");
      }
      v.requireElements(evidence, "evidence");
      if (ruleVersion < 0) {
        v.add(CoreViolation.OUT_OF_RANGE, "ruleVersion");
      }
      v.throwIfAny();
    }
    this.ruleId = ruleId;
    this.ruleVersion = ruleVersion;
    this.kind = kind;
    this.rung = rung;
    this.key = key;
    this.evidence = copy;
  }

  /**
   * Evidence from {@code rule} that {@code rung} was reached.
   *
   * @param rule the rule that found it
   * @param rung the rung reached
   * @param key the message key of its text
   * @param evidence the ids of the events that show it
   * @return the finding
   */
  public static Finding rung(Rule rule, Rung rung, String key, List<String> evidence) {
    return new Finding(rule.id(), rule.version(), FindingKind.RUNG, Objects.requireNonNull(rung, "rung"), key,
        evidence);
  }

  /**
   * An incident from {@code rule}: a sign of possible harm was recorded.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   * @param evidence the ids of the events that show it
   * @return the finding
   */
  public static Finding incident(Rule rule, String key, List<String> evidence) {
    return new Finding(rule.id(), rule.version(), FindingKind.INCIDENT, null, key, evidence);
  }

  /**
   * A reflection prompt from {@code rule}.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   * @param evidence the ids of the events that show it
   * @return the finding
   */
  public static Finding reflection(Rule rule, String key, List<String> evidence) {
    return new Finding(rule.id(), rule.version(), FindingKind.REFLECTION, null, key, evidence);
  }

  /**
   * Context from {@code rule}.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   * @param evidence the ids of the events that show it
   * @return the finding
   */
  public static Finding context(Rule rule, String key, List<String> evidence) {
    return new Finding(rule.id(), rule.version(), FindingKind.CONTEXT, null, key, evidence);
  }

  /** {@return a builder, for codecs and tests that make findings from parts} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the rule that made it, for example {@code holdspace.regulation}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return the version of that rule} */
  public int ruleVersion() {
    return ruleVersion;
  }

  /** {@return what the finding is for} */
  public FindingKind kind() {
    return kind;
  }

  /** {@return the rung it evidences; present exactly when {@link #kind()} is {@link FindingKind#RUNG}} */
  public Optional<Rung> rung() {
    return Optional.ofNullable(rung);
  }

  /** The rung, or null: {@link #rung()} without an {@code Optional}, for the evaluator's hot path. */
  Rung rungOrNull() {
    return rung;
  }

  /** {@return the message key of its rationale or prompt, for example {@code prompt.demand-before-escalation}} */
  public String key() {
    return key;
  }

  /** {@return the ids of the session's events that support it, without repeats; may be empty} */
  public List<String> evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleVersion == f.ruleVersion && ruleId.equals(f.ruleId) && kind == f.kind && rung == f.rung
        && key.equals(f.key) && evidence.equals(f.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, ruleVersion, kind, rung, key, evidence);
  }

  @Override
  public String toString() {
    return "Finding{ruleId=" + ruleId + ", ruleVersion=" + ruleVersion + ", kind=" + kind
        + (rung == null ? "" : ", rung=" + rung) + ", key=" + key + ", evidence=" + evidence + "}";
  }

  /** Builds a {@link Finding} from parts; every violation is reported at once by {@link #build()}. */
  public static final class Builder {
    private String ruleId;
    private int ruleVersion;
    private FindingKind kind;
    private Rung rung;
    private String key;
    private final List<String> evidence = new ArrayList<>();

    private Builder() {}

    /**
     * The rule's id.
     *
     * @param ruleId the value
     * @return this builder
     */
    public Builder ruleId(String ruleId) {
      this.ruleId = ruleId;
      return this;
    }

    /**
     * The rule's version.
     *
     * @param ruleVersion the value
     * @return this builder
     */
    public Builder ruleVersion(int ruleVersion) {
      this.ruleVersion = ruleVersion;
      return this;
    }

    /**
     * What the finding is for.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(FindingKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * The rung, for a finding of kind {@link FindingKind#RUNG}.
     *
     * @param rung the value
     * @return this builder
     */
    public Builder rung(Rung rung) {
      this.rung = rung;
      return this;
    }

    /**
     * The message key.
     *
     * @param key the value
     * @return this builder
     */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /**
     * The evidence, replacing any given before.
     *
     * @param evidence the value
     * @return this builder
     */
    public Builder evidence(List<String> evidence) {
      this.evidence.clear();
      this.evidence.addAll(evidence);
      return this;
    }

    /**
     * One more id of evidence.
     *
     * @param id an event's id
     * @return this builder
     */
    public Builder addEvidence(String id) {
      this.evidence.add(id);
      return this;
    }

    /**
     * The finding.
     *
     * @return the finding
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid part
     */
    public Finding build() {
      return new Finding(ruleId, ruleVersion, kind, rung, key, evidence);
    }
  }
}
