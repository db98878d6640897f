package org.holdspace.fhir;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Resource;

/**
 * Texts as {@code DocumentReference}s: a Holdspace document kind as the type, the text as one
 * UTF-8 {@code text/plain} attachment, the session's Encounter as the context.
 */
final class Documents {
  static final String CONTENT_TYPE = "text/plain; charset=utf-8";

  private Documents() {}

  static DocumentReference document(String kind, String text, Optional<Locale> language, Writing out) {
    DocumentReference d = new DocumentReference();
    d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
    d.setType(Writing.concept(Urls.DOCUMENT_KIND, kind));
    d.setSubject(out.subject());
    d.getContext().addEncounter(out.encounter());
    Attachment a = d.addContent().getAttachment().setContentType(CONTENT_TYPE);
    language.ifPresent(l -> a.setLanguage(l.toLanguageTag()));
    if (text.isEmpty()) { // FHIR has no empty base64Binary
      if (out.usCore()) {
        throw new Writing.UnwritableText();
      }
      a.addExtension(FhirText.notApplicable());
    } else {
      a.setData(text.getBytes(StandardCharsets.UTF_8));
    }
    return d;
  }

  /** Whether {@code resource} is a document of {@code kind}: in its type, or (US Core) in a category. */
  static boolean isKind(Resource resource, String kind) {
    if (!(resource instanceof DocumentReference)) {
      return false;
    }
    DocumentReference d = (DocumentReference) resource;
    if (Reading.hasCoding(d.getType(), Urls.DOCUMENT_KIND, kind)) {
      return true;
    }
    for (org.hl7.fhir.r4.model.CodeableConcept c : d.getCategory()) {
      if (Reading.hasCoding(c, Urls.DOCUMENT_KIND, kind)) {
        return true;
      }
    }
    return false;
  }

  /** The text of a document written by {@link #document}. */
  static String text(DocumentReference d, String at) {
    if (d.getContent().size() != 1) {
      throw d.getContent().isEmpty() ? Reading.missing(at + ".content")
          : Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".content[1]");
    }
    Attachment a = d.getContentFirstRep().getAttachment();
    String where = at + ".content[0].attachment";
    if (a.hasUrl()) {
      throw Reading.invalid(where + ".url"); // the library reads inline text only
    }
    if (!a.hasData()) {
      if (a.getExtensionByUrl(Urls.DATA_ABSENT_REASON) != null) {
        return "";
      }
      throw Reading.missing(where + ".data");
    }
    String type = a.hasContentType() ? a.getContentType().toLowerCase(Locale.ROOT).replace(" ", "") : "";
    if (!type.equals("text/plain") && !type.equals("text/plain;charset=utf-8")) {
      throw Reading.invalid(where + ".contentType"); // plain text in UTF-8 (the default) only
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(a.getData())).toString();
    } catch (CharacterCodingException e) {
      throw Reading.invalid(where + ".data");
    }
  }
}
