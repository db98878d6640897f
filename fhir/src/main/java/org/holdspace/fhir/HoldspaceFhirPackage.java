package org.holdspace.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;

/**
 * Holdspace's FHIR definitions, for a receiver's validator: a {@code StructureDefinition} for each
 * extension the library writes (its URL, where it may appear, its value type), and the library's
 * code systems; together as an NPM FHIR package ({@code holdspace.fhir} version 0.1.0, FHIR 4.0.1)
 * that HAPI's {@code NpmPackageValidationSupport} or the HL7 validator loads.
 *
 * <pre>{@code
 * List<org.hl7.fhir.r4.model.StructureDefinition> extensions = HoldspaceFhirPackage.extensions();
 * try (OutputStream out = Files.newOutputStream(Path.of("holdspace.fhir-0.1.0.tgz"))) {
 *   HoldspaceFhirPackage.write(out);
 * }
 * }</pre>
 */
public final class HoldspaceFhirPackage {
  /** The package's name. */
  public static final String NAME = "holdspace.fhir";
  /** The package's version. */
  public static final String VERSION = "0.1.0";

  /** url suffix, value type, contexts (element paths), description. */
  private static final String[][] EXTENSIONS = {
      {"session-status", "Coding", "Encounter", "The Holdspace session status, finer than R4's Encounter.status (no-show, ended early, cut short)."},
      {"planned-period", "Period", "Encounter", "When the session was planned to take place."},
      {"setting", "Coding", "Encounter", "Where the session took place (a Holdspace or vendor setting code)."},
      {"end-reason", "Coding", "Encounter", "Why the session ended as it did, worded as a fact, never as fault."},
      {"zone", "code", "Encounter", "The time zone the session's times are shown in (an IANA zone id)."},
      {"family-language", "code", "Encounter", "The family's language (a BCP 47 tag)."},
      {"interpreter-used", "boolean", "Encounter", "Whether an interpreter was used in the session."},
      {"session-type", "string", "Encounter", "The vendor's session type the Encounter was written from."},
      {"goal-session", "Reference", "Goal", "The Encounter of the session whose goals this Goal is among: R4's Goal has no encounter element."},
      {"goal-target", "string", "Goal", "The goal's target, as the clinician wrote it."},
      {"gas-baseline", "integer", "Goal", "The goal's Goal Attainment Scaling baseline level (-2 or -1)."},
      {"gas-weight", "decimal", "Goal", "The goal's weight in the GAS T-score."},
      {"sensory-system", "Coding", "Procedure", "A sensory system a support works through."},
      {"support-quality", "Coding", "Procedure", "Whether a sensory support alerts or calms."},
      {"demand-level", "Coding", "Procedure", "How much an activity asked of the child."},
      {"coaching-step", "Coding", "Procedure", "How far a strategy coached to a caregiver went."},
      {"told-at", "dateTime", "Observation.component", "When the person in this component was told of the incident."},
      {"headline", "Coding", "ClinicalImpression", "The session's one-line value under the rule set."},
      {"rung", "Coding", "ClinicalImpression", "A rung of the value ladder the session reached."},
      {"finding-kind", "Coding", "ClinicalImpression.finding", "What the finding is about: a rung, an incident, a reflection, context."},
      {"evidence", "Reference", "ClinicalImpression.finding", "An event that backs the finding."},
      {"finding-key", "string", "ClinicalImpression.finding", "The finding's message key, when its text is the sentence."},
      {"wording-version", "string", "DocumentReference", "The version of the wording rules the text was written by."},
      {"note-status", "Coding", "DocumentReference", "Where the session note stands, up to signed."},
      {"blank-text", "base64Binary", "Element", "The exact white space of a blank text, which FHIR's string cannot hold (base64 of its UTF-8)."}};

  private HoldspaceFhirPackage() {}

  /**
   * A StructureDefinition for each extension the library writes, new resources on each call.
   *
   * @return the definitions, in a fixed order
   */
  public static List<StructureDefinition> extensions() {
    List<StructureDefinition> all = new ArrayList<>(EXTENSIONS.length);
    for (String[] e : EXTENSIONS) {
      all.add(extension(e[0], e[1], e[2], e[3]));
    }
    return all;
  }

  private static StructureDefinition extension(String id, String type, String context, String description) {
    String url = Urls.EXTENSIONS + id;
    StructureDefinition sd = new StructureDefinition();
    sd.setId(id);
    sd.setUrl(url);
    sd.setVersion(VERSION);
    sd.setName("Holdspace" + camel(id));
    sd.setTitle("Holdspace " + id.replace('-', ' '));
    sd.setStatus(PublicationStatus.ACTIVE);
    sd.setExperimental(false);
    sd.setPublisher("Holdspace");
    sd.setDescription(description);
    sd.setFhirVersion(FHIRVersion._4_0_1);
    sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
    sd.setAbstract(false);
    sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
    sd.setType("Extension");
    sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    List<ElementDefinition> diff = sd.getDifferential().getElement();
    diff.add(new ElementDefinition().setPath("Extension").setShort(description).setDefinition(description));
    diff.get(0).setId("Extension");
    ElementDefinition nested = new ElementDefinition().setPath("Extension.extension").setMax("0");
    nested.setId("Extension.extension");
    diff.add(nested);
    ElementDefinition u = new ElementDefinition().setPath("Extension.url");
    u.setId("Extension.url");
    u.setFixed(new UriType(url));
    diff.add(u);
    ElementDefinition value = new ElementDefinition().setPath("Extension.value[x]").setMin(1);
    value.setId("Extension.value[x]");
    value.addType().setCode(type);
    diff.add(value);
    return sd;
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  /**
   * Writes the package, an NPM FHIR package ({@code .tgz}): {@code package/package.json}, a
   * StructureDefinition for each extension and a CodeSystem for each of the library's code
   * systems, as FHIR JSON.
   *
   * @param out where to write it; not closed
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    HoldspaceFhir fhir = HoldspaceFhir.standard();
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    Tar tar = new Tar(gzip);
    tar.add("package/package.json", ("{\n  \"name\" : \"" + NAME + "\",\n  \"version\" : \"" + VERSION + "\",\n"
        + "  \"type\" : \"IG\",\n  \"canonical\" : \"https://holdspace.org/fhir\",\n"
        + "  \"fhirVersions\" : [\"4.0.1\"],\n  \"dependencies\" : {\n    \"hl7.fhir.r4.core\" : \"4.0.1\"\n  },\n"
        + "  \"title\" : \"Holdspace FHIR definitions\",\n"
        + "  \"description\" : \"The extensions and code systems the Holdspace library writes.\"\n}\n")
        .getBytes(StandardCharsets.UTF_8));
    for (StructureDefinition sd : extensions()) {
      tar.add("package/StructureDefinition-" + sd.getId() + ".json", fhir.toJson(sd).getBytes(StandardCharsets.UTF_8));
    }
    for (CodeSystem cs : HoldspaceCodeSystems.all()) {
      String id = cs.getUrl().substring(cs.getUrl().lastIndexOf('/') + 1);
      cs.setId(id);
      tar.add("package/CodeSystem-" + id + ".json", fhir.toJson(cs).getBytes(StandardCharsets.UTF_8));
    }
    tar.finish();
    gzip.finish();
  }

  /** A minimal ustar writer: regular files only, names under 100 bytes. */
  private static final class Tar {
    private final OutputStream out;

    Tar(OutputStream out) {
      this.out = out;
    }

    void add(String name, byte[] data) throws IOException {
      byte[] header = new byte[512];
      put(header, 0, name, 100);
      put(header, 100, "0000644", 8);
      put(header, 108, "0000000", 8);
      put(header, 116, "0000000", 8);
      put(header, 124, String.format("%011o", data.length), 12);
      put(header, 136, String.format("%011o", 0), 12);
      for (int i = 148; i < 156; i++) {
        header[i] = ' ';
      }
      header[156] = '0';
      put(header, 257, "ustar", 6);
      put(header, 263, "00", 2);
      int sum = 0;
      for (byte b : header) {
        sum += b & 0xff;
      }
      put(header, 148, String.format("%06o", sum), 7);
      header[155] = ' ';
      out.write(header);
      out.write(data);
      int pad = (512 - data.length % 512) % 512;
      out.write(new byte[pad]);
    }

    void finish() throws IOException {
      out.write(new byte[1024]);
    }

    private static void put(byte[] header, int at, String value, int length) {
      byte[] b = value.getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(b, 0, header, at, Math.min(b.length, length));
    }
  }

  /** For tests: the package's bytes. */
  static byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toByteArray();
  }
}
