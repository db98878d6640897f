package org.holdspace.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/**
 * Free text as a FHIR {@code string}, with nothing lost. FHIR has no empty or blank string (HAPI
 * drops one when it writes JSON; the validator calls one of white space or invisible formatting
 * characters alone empty), so such a text travels as a string without a value, with the
 * data-absent-reason {@code not-applicable} and, when it is not empty, its exact white space in the
 * extension {@code https://holdspace.org/fhir/StructureDefinition/blank-text} (base64 of its
 * UTF-8). The library writes every free text and display this way; a vendor codec may too:
 *
 * <pre>{@code
 * encounter.addExtension("https://acme.example/fhir/referral-note", FhirText.of(note));
 * String back = FhirText.from((StringType) extension.getValue()).orElseThrow();
 * }</pre>
 */
public final class FhirText {
  static final String BLANK_TEXT = Urls.EXTENSIONS + "blank-text";

  private FhirText() {}

  /**
   * The text as a FHIR string.
   *
   * @param text any text, blank or empty included
   * @return a new string element: the text, or for a blank text no value and a data-absent-reason
   */
  public static StringType of(String text) {
    Objects.requireNonNull(text, "text");
    if (!isBlank(text)) {
      return new StringType(text);
    }
    StringType blank = new StringType();
    blank.addExtension(notApplicable());
    if (!text.isEmpty()) {
      blank.addExtension(BLANK_TEXT, new Base64BinaryType(text.getBytes(StandardCharsets.UTF_8)));
    }
    return blank;
  }

  /** The data-absent-reason {@code not-applicable}: the value is there, and empty. */
  static Extension notApplicable() {
    return new Extension(Urls.DATA_ABSENT_REASON, new CodeType("not-applicable"));
  }

  /**
   * Whether FHIR's validator sees {@code text} as empty: nothing but white space, space
   * separators and invisible formatting characters (such as U+200B and U+FEFF).
   */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT);
  }

  /**
   * The text of a FHIR string written by {@link #of}.
   *
   * @param value a string element, or null
   * @return its text; the blank text for one absent with a data-absent-reason; empty if there is
   *     neither (the element is missing)
   */
  public static Optional<String> from(StringType value) {
    if (value != null && value.hasValue()) {
      return Optional.of(value.getValue());
    }
    if (value != null && value.getExtensionByUrl(Urls.DATA_ABSENT_REASON) != null) {
      Extension blank = value.getExtensionByUrl(BLANK_TEXT);
      if (blank != null && blank.getValue() instanceof Base64BinaryType && blank.getValue().hasPrimitiveValue()) {
        String text = new String(((Base64BinaryType) blank.getValue()).getValue(), StandardCharsets.UTF_8);
        if (isBlank(text)) { // only blank text travels this way
          return Optional.of(text);
        }
      }
      return Optional.of("");
    }
    return Optional.empty();
  }
}
