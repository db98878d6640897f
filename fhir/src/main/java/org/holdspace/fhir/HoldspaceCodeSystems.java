package org.holdspace.fhir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.goal.AssistanceCodes;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SupportCodes;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.SettingCodes;

/**
 * Holdspace's code systems as FHIR R4 {@code CodeSystem} resources: one per code-constant class
 * of the core ({@code RegulationSignCodes}, {@code SupportCodes}, ...), with the class's {@code
 * SYSTEM} as its canonical URL and every constant as a concept (code and display), content {@code
 * complete}. Load them into a validator so that a wrong Holdspace code is an error, not an
 * unknown-system warning:
 *
 * <pre>{@code
 * PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(FhirContext.forR4Cached());
 * HoldspaceCodeSystems.all().forEach(own::addCodeSystem);
 * }</pre>
 *
 * <p>A vendor's own codes belong to the vendor's own systems; these resources describe only the
 * library's.
 */
public final class HoldspaceCodeSystems {
  private HoldspaceCodeSystems() {}

  /** One code system: the class that holds its constants, and its computable name and title. */
  private static final class Source {
    final Class<?> constants;
    final String name;
    final String title;
    final String description;

    Source(Class<?> constants, String name, String title, String description) {
      this.constants = constants;
      this.name = name;
      this.title = title;
      this.description = description;
    }
  }

  private static final List<Source> SOURCES = List.of(
      new Source(RegulationSignCodes.class, "HoldspaceRegulationSign", "Holdspace regulation signs",
          "The signs of a child's regulation state that a clinician observes."),
      new Source(SupportCodes.class, "HoldspaceSensorySupport", "Holdspace sensory supports",
          "Common sensory supports offered to a child during therapy."),
      new Source(ConnectionSignCodes.class, "HoldspaceConnectionSign", "Holdspace connection signs",
          "Signs of trust and connection between the child and the clinician."),
      new Source(ActivityCodes.class, "HoldspaceActivity", "Holdspace activities",
          "Kinds of activity in a therapy session."),
      new Source(EnvironmentFactorCodes.class, "HoldspaceEnvironmentFactor", "Holdspace environment factors",
          "Factors in the environment that may load a child's nervous system."),
      new Source(AssistanceCodes.class, "HoldspaceAssistance", "Holdspace assistance",
          "The prompting or assistance a goal attempt needed, from least to most support."),
      new Source(DisciplineCodes.class, "HoldspaceDiscipline", "Holdspace disciplines", "Therapy disciplines."),
      new Source(SettingCodes.class, "HoldspaceSetting", "Holdspace settings", "Where a session takes place."),
      new Source(EndReasonCodes.class, "HoldspaceEndReason", "Holdspace end reasons",
          "Why a session ended as it did, worded as facts, never as fault."),
      new Source(CaregiverReportCodes.class, "HoldspaceCaregiverReport", "Holdspace caregiver reports",
          "What a caregiver reports about the child's day before a session: information, never a judgement."),
      new Source(CaregiverCodes.class, "HoldspaceCaregiver", "Holdspace caregivers",
          "Who the caregiver in the session is."));

  /**
   * Every Holdspace code system, new resources on each call.
   *
   * @return the code systems, in a fixed order
   */
  public static List<CodeSystem> all() {
    List<CodeSystem> all = new ArrayList<>(SOURCES.size());
    for (Source s : SOURCES) {
      all.add(toCodeSystem(s));
    }
    return all;
  }

  /**
   * The Holdspace code system whose canonical URL is {@code url}, if there is one.
   *
   * @param url a code system's canonical URL, such as {@code RegulationSignCodes.SYSTEM}
   * @return a new resource, or empty if no Holdspace code system has that URL
   */
  public static Optional<CodeSystem> of(String url) {
    Objects.requireNonNull(url, "url");
    for (Source s : SOURCES) {
      if (url.equals(systemOf(s.constants))) {
        return Optional.of(toCodeSystem(s));
      }
    }
    return Optional.empty();
  }

  private static CodeSystem toCodeSystem(Source s) {
    CodeSystem cs = new CodeSystem();
    cs.setUrl(systemOf(s.constants));
    cs.setName(s.name);
    cs.setTitle(s.title);
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("Holdspace");
    cs.setDescription(s.description);
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    List<Code> codes = constantsOf(s.constants);
    cs.setCount(codes.size());
    for (Code c : codes) {
      CodeSystem.ConceptDefinitionComponent concept = cs.addConcept().setCode(c.code());
      c.display().ifPresent(concept::setDisplay);
    }
    return cs;
  }

  private static String systemOf(Class<?> constants) {
    try {
      return (String) constants.getField("SYSTEM").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(constants.getSimpleName() + " has no public SYSTEM", e);
    }
  }

  /** The public static {@code Code} constants of a class, sorted by code so that the order is fixed. */
  private static List<Code> constantsOf(Class<?> constants) {
    List<Code> codes = new ArrayList<>();
    for (Field f : constants.getFields()) {
      if (f.getType() == Code.class && Modifier.isStatic(f.getModifiers())) {
        try {
          codes.add((Code) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(constants.getSimpleName() + "." + f.getName(), e);
        }
      }
    }
    codes.sort(Comparator.comparing(Code::code));
    return codes;
  }
}
