package org.holdspace.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * The thresholds the standard rules use, each with a documented default. Every window and
 * threshold is greater than zero and at most {@link #MAX_DURATION}; the factor is 1 to 100.
 *
 * <pre>{@code
 * EvaluationConfig config = EvaluationConfig.builder().sustainedRegulation(Duration.ofMinutes(5)).build();
 * Evaluator evaluator = Evaluator.of(StandardRules.ruleSet(), config);
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class EvaluationConfig {
  /** The longest window or threshold a setting may hold: one day. */
  public static final Duration MAX_DURATION = Duration.ofDays(1);

  private static final EvaluationConfig DEFAULTS = builder().build();

  EvaluationConfig() {}

  /** @return the defaults listed on each setting */
  public static EvaluationConfig defaults() {
    return DEFAULTS;
  }

  /** @return a new builder, starting from the defaults */
  public static Builder builder() {
    return ImmutableEvaluationConfig.builder();
  }

  /**
   * How soon after a dysregulated observation starts (or while it lasts) co-regulation, an
   * accepted support or a connection sign counts as presence meeting it. Default 5 minutes.
   *
   * @return the duration
   */
  @Value.Default
  public Duration presenceWindow() {
    return Duration.ofMinutes(5);
  }

  /** {@return time with presence, in total after the last harm, that makes safety. Default 10 minutes} */
  @Value.Default
  public Duration sustainedPresence() {
    return Duration.ofMinutes(10);
  }

  /**
   * How soon after a support reported as helping an observation toward regulated must begin for
   * the report to count as evidence. Default 15 minutes.
   *
   * @return the duration
   */
  @Value.Default
  public Duration corroborationWindow() {
    return Duration.ofMinutes(15);
  }

  /**
   * How shortly before an observation toward regulated an accepted support may have ended and
   * still be credited as present when regulation came. Default 5 minutes.
   *
   * @return the duration
   */
  @Value.Default
  public Duration creditWindow() {
    return Duration.ofMinutes(5);
  }

  /**
   * Dysregulated time with no change toward regulated that raises the question about sensory needs
   * and the environment. Default 20 minutes.
   *
   * @return the duration
   */
  @Value.Default
  public Duration unchangedDysregulation() {
    return Duration.ofMinutes(20);
  }

  /** {@return regulated time, in total, that counts as sustained regulation. Default 10 minutes} */
  @Value.Default
  public Duration sustainedRegulation() {
    return Duration.ofMinutes(10);
  }

  /** {@return dysregulated time, in total, that makes a hard day (any crisis does too). Default 15 minutes} */
  @Value.Default
  public Duration hardDayDysregulation() {
    return Duration.ofMinutes(15);
  }

  /** {@return how shortly before an escalation a rise in demand or a support counts as related. Default 5 minutes} */
  @Value.Default
  public Duration reflectionWindow() {
    return Duration.ofMinutes(5);
  }

  /**
   * {@return how soon after the session starts a first observation counts as the child's state on arrival. Default 5 minutes}
   */
  @Value.Default
  public Duration arrivalWindow() {
    return Duration.ofMinutes(5);
  }

  /**
   * Signs that mean distress escalated into possible harm: each makes an incident finding. Default
   * self-injury, aggression and running off.
   *
   * @return the signs
   */
  @Value.Default
  public Set<Code> harmSigns() {
    return Set.copyOf(RegulationSignCodes.DEFAULT_HARM_SIGNS);
  }

  /**
   * {@link #harmSigns()} as a list, made once per configuration: the evaluation compares every
   * sign of every observation with them by index, where iterating the set made two iterators per
   * sign. Never handed out; not part of equality.
   *
   * @return the harm signs
   */
  @Value.Derived
  @Value.Auxiliary
  List<Code> harmSignList() {
    return List.copyOf(harmSigns());
  }

  /**
   * Whether {@link #harmSigns()} are the default concepts, exactly: then a library observation's
   * own record of whether it shows one (made when the value was built) answers for it.
   * Never handed out; not part of equality.
   *
   * @return whether the harm signs are the defaults
   */
  @Value.Derived
  @Value.Auxiliary
  boolean harmSignsAreDefault() {
    for (Code sign : harmSigns()) {
      if (!RegulationSignCodes.isDefaultHarmSign(sign)) {
        return false;
      }
    }
    for (Code d : RegulationSignCodes.DEFAULT_HARM_SIGNS) {
      if (harmSigns().stream().noneMatch(d::isSameConcept)) {
        return false;
      }
    }
    return true;
  }

  /** {@return how many earlier sessions' times to regulate are needed before comparing with them. Default 3} */
  @Value.Default
  public int historyMinimum() {
    return 3;
  }

  /** {@return how many times the median of earlier times to regulate counts as much longer. Default 1.5} */
  @Value.Default
  public double longerTimeToRegulateFactor() {
    return 1.5;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("EvaluationConfig");
    positive(v, presenceWindow(), "presenceWindow");
    positive(v, sustainedPresence(), "sustainedPresence");
    positive(v, corroborationWindow(), "corroborationWindow");
    positive(v, creditWindow(), "creditWindow");
    positive(v, unchangedDysregulation(), "unchangedDysregulation");
    positive(v, sustainedRegulation(), "sustainedRegulation");
    positive(v, hardDayDysregulation(), "hardDayDysregulation");
    positive(v, reflectionWindow(), "reflectionWindow");
    positive(v, arrivalWindow(), "arrivalWindow");
    v.requireElements(harmSigns(), "harmSigns");
    if (historyMinimum() < 1) {
      v.add(CoreViolation.NOT_POSITIVE, "historyMinimum");
    }
    if (!(longerTimeToRegulateFactor() >= 1 && longerTimeToRegulateFactor() <= 100)) {
      v.add(CoreViolation.OUT_OF_RANGE, "longerTimeToRegulateFactor");
    }
    if (historyMinimum() > 1000) {
      v.add(CoreViolation.OUT_OF_RANGE, "historyMinimum");
    }
    v.throwIfAny();
  }

  private static void positive(Violations v, Duration d, String path) {
    if (v.require(d, path) && (d.isNegative() || d.isZero())) {
      v.add(CoreViolation.NOT_POSITIVE, path);
    } else if (d != null && d.compareTo(MAX_DURATION) > 0) {
      v.add(CoreViolation.OUT_OF_RANGE, path);
    }
  }

  /** Builds an {@link EvaluationConfig}; a setting not given keeps its default. */
  public interface Builder {

    /**
     * @param presenceWindow see {@link EvaluationConfig#presenceWindow()}
     * @return this builder
     */
    Builder presenceWindow(Duration presenceWindow);

    /**
     * @param sustainedPresence see {@link EvaluationConfig#sustainedPresence()}
     * @return this builder
     */
    Builder sustainedPresence(Duration sustainedPresence);

    /**
     * @param corroborationWindow see {@link EvaluationConfig#corroborationWindow()}
     * @return this builder
     */
    Builder corroborationWindow(Duration corroborationWindow);

    /**
     * @param creditWindow see {@link EvaluationConfig#creditWindow()}
     * @return this builder
     */
    Builder creditWindow(Duration creditWindow);

    /**
     * @param unchangedDysregulation see {@link EvaluationConfig#unchangedDysregulation()}
     * @return this builder
     */
    Builder unchangedDysregulation(Duration unchangedDysregulation);

    /**
     * @param sustainedRegulation see {@link EvaluationConfig#sustainedRegulation()}
     * @return this builder
     */
    Builder sustainedRegulation(Duration sustainedRegulation);

    /**
     * @param hardDayDysregulation see {@link EvaluationConfig#hardDayDysregulation()}
     * @return this builder
     */
    Builder hardDayDysregulation(Duration hardDayDysregulation);

    /**
     * @param reflectionWindow see {@link EvaluationConfig#reflectionWindow()}
     * @return this builder
     */
    Builder reflectionWindow(Duration reflectionWindow);

    /**
     * @param arrivalWindow see {@link EvaluationConfig#arrivalWindow()}
     * @return this builder
     */
    Builder arrivalWindow(Duration arrivalWindow);

    /**
     * @param elements see {@link EvaluationConfig#harmSigns()}; replaces the default set
     * @return this builder
     */
    Builder harmSigns(Iterable<? extends Code> elements);

    /**
     * @param historyMinimum see {@link EvaluationConfig#historyMinimum()}
     * @return this builder
     */
    Builder historyMinimum(int historyMinimum);

    /**
     * @param longerTimeToRegulateFactor see {@link EvaluationConfig#longerTimeToRegulateFactor()}
     * @return this builder
     */
    Builder longerTimeToRegulateFactor(double longerTimeToRegulateFactor);

    /**
     * Sets every setting from {@code instance}.
     *
     * @param instance the settings to copy
     * @return this builder
     */
    Builder from(EvaluationConfig instance);

    /**
     * @return the settings
     * @throws org.holdspace.validation.ValidationException listing every invalid setting
     */
    EvaluationConfig build();
  }
}
