package org.holdspace.narrative;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.holdspace.billing.BillingCode;
import org.holdspace.billing.InterventionKind;
import org.holdspace.billing.UnitRule;
import org.holdspace.code.Code;
import org.holdspace.validation.Violations;

/**
 * What the caller knows when a session note is made and the session model does not hold (it keeps
 * only ids): the clinician's display name and credential, the payer context, the plan of care's
 * reference and diagnosis codes, and the caller's billing codes by intervention kind with the rule
 * that turns minutes into units. Never stored in the session. Immutable.
 *
 * <pre>{@code
 * NoteContext context = NoteContext.builder()
 *     .clinician("Ravi Shah", "OTR/L")
 *     .payer(PayerContext.MEDICAID_UNDER_21)
 *     .planOfCare("poc-2026-03")
 *     .bill(InterventionKind.THERAPEUTIC_ACTIVITY, BillingCode.timed(Code.of("https://ehr.example/cpt", "97530")))
 *     .build();
 * SessionNote note = narrator.sessionNote(session, assessment, context);
 * }</pre>
 *
 * <p>{@code toString()} shows no name, credential or plan reference.
 */
public final class NoteContext {
  private static final NoteContext NONE = builder().build();

  private final Optional<String> clinicianName;
  private final Optional<String> credential;
  private final PayerContext payer;
  private final Optional<String> planOfCare;
  private final List<Code> diagnoses;
  private final Map<InterventionKind, BillingCode> billing;
  private final UnitRule unitRule;

  private NoteContext(Builder b) {
    this.clinicianName = b.clinicianName;
    this.credential = b.credential;
    this.payer = b.payer;
    this.planOfCare = b.planOfCare;
    this.diagnoses = List.copyOf(b.diagnoses);
    this.billing = Map.copyOf(b.billing);
    this.unitRule = b.unitRule;
  }

  /** {@return a context with nothing given: no clinician, no payer wording, no billing codes} */
  public static NoteContext none() {
    return NONE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the clinician's display name, as the caller gives it} */
  public Optional<String> clinicianName() {
    return clinicianName;
  }

  /** {@return the clinician's professional credential, such as "OTR/L" or "CCC-SLP"} */
  public Optional<String> credential() {
    return credential;
  }

  /** {@return who pays, which decides the payer wording} */
  public PayerContext payer() {
    return payer;
  }

  /** {@return the plan of care's reference in the caller's system} */
  public Optional<String> planOfCare() {
    return planOfCare;
  }

  /** {@return the plan of care's diagnosis codes} */
  public List<Code> diagnoses() {
    return diagnoses;
  }

  /** {@return the caller's billing code for each kind of intervention it bills} */
  public Map<InterventionKind, BillingCode> billing() {
    return billing;
  }

  /** {@return how minutes become units for timed codes} */
  public UnitRule unitRule() {
    return unitRule;
  }

  /** @return the payer context, the unit rule and the billing map; no name, credential or reference */
  @Override
  public String toString() {
    return "NoteContext{payer=" + payer + ", unitRule=" + unitRule + ", billing=" + billing
        + ", clinicianName=" + (clinicianName.isPresent() ? "***" : "none") + "}";
  }

  /** Builds a {@link NoteContext}; every violation is reported at once by {@link #build()}. */
  public static final class Builder {
    private Optional<String> clinicianName = Optional.empty();
    private Optional<String> credential = Optional.empty();
    private PayerContext payer = PayerContext.NONE;
    private Optional<String> planOfCare = Optional.empty();
    private List<Code> diagnoses = List.of();
    private final Map<InterventionKind, BillingCode> billing = new EnumMap<>(InterventionKind.class);
    private UnitRule unitRule = UnitRule.CMS_EIGHT_MINUTE;
    private final Violations violations = Violations.of("NoteContext");

    private Builder() {}

    /**
     * @param name the clinician's display name
     * @param credential the clinician's professional credential
     * @return this builder
     */
    public Builder clinician(String name, String credential) {
      if (violations.requireId(name, "clinicianName")) {
        this.clinicianName = Optional.of(name);
      }
      if (violations.requireId(credential, "credential")) {
        this.credential = Optional.of(credential);
      }
      return this;
    }

    /**
     * @param payer who pays
     * @return this builder
     */
    public Builder payer(PayerContext payer) {
      if (violations.require(payer, "payer")) {
        this.payer = payer;
      }
      return this;
    }

    /**
     * @param reference the plan of care's reference in the caller's system
     * @return this builder
     */
    public Builder planOfCare(String reference) {
      if (violations.requireId(reference, "planOfCare")) {
        this.planOfCare = Optional.of(reference);
      }
      return this;
    }

    /**
     * @param diagnoses the plan of care's diagnosis codes
     * @return this builder
     */
    public Builder diagnoses(List<Code> diagnoses) {
      if (violations.requireElements(diagnoses, "diagnoses")) {
        this.diagnoses = List.copyOf(diagnoses);
      }
      return this;
    }

    /**
     * @param kind a kind of intervention
     * @param code the caller's billing code for it
     * @return this builder
     */
    public Builder bill(InterventionKind kind, BillingCode code) {
      boolean ok = violations.require(kind, "billing.kind");
      if (violations.require(code, "billing.code") && ok) {
        billing.put(kind, code);
      }
      return this;
    }

    /**
     * @param rule how minutes become units (the CMS 8-minute rule by default)
     * @return this builder
     */
    public Builder unitRule(UnitRule rule) {
      if (violations.require(rule, "unitRule")) {
        this.unitRule = rule;
      }
      return this;
    }

    /**
     * @return the context
     * @throws org.holdspace.validation.ValidationException with every violation given
     */
    public NoteContext build() {
      violations.throwIfAny();
      return new NoteContext(this);
    }
  }
}
