package org.holdspace.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * Turns a collection Bundle the writer made into a transaction: each entry a conditional update on
 * the one identifier of the resource in one of the identity's systems. Search values escape
 * FHIR's special characters ({@code \ | , $}, with a backslash) and are then percent-encoded.
 */
final class Transactions {
  private Transactions() {}

  static Bundle of(Bundle collection, FhirIdentity identity) {
    Set<String> systems = Set.of(identity.sessionSystem(), identity.goalSystem(), identity.eventSystem(),
        identity.derivedSystem());
    collection.setType(Bundle.BundleType.TRANSACTION);
    for (int i = 0; i < collection.getEntry().size(); i++) {
      Bundle.BundleEntryComponent e = collection.getEntry().get(i);
      Resource r = e.getResource();
      if (r instanceof org.hl7.fhir.r4.model.Provenance) {
        // R4's Provenance has no identifier to key an update on: each sending records its own
        e.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Provenance");
        continue;
      }
      Identifier key = key(r, systems, i);
      e.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(r.fhirType() + "?identifier="
          + encode(escape(key.getSystem())) + "|" + encode(escape(key.getValue())));
    }
    return collection;
  }

  /** The resource's identifier in one of the systems; every resource the writer makes has one. */
  private static Identifier key(Resource r, Set<String> systems, int index) {
    Property p = r.getNamedProperty("identifier");
    List<Base> values = p == null ? List.of() : p.getValues();
    for (Base b : values) {
      Identifier id = (Identifier) b;
      if (systems.contains(id.getSystem())) {
        return id;
      }
    }
    throw new HoldspaceFhirException(HoldspaceFhirException.Problem.NOT_WRITABLE, Reading.entry(index),
        "a resource without an identifier to key a conditional update on");
  }

  /** A search token's escapes: {@code \}, {@code |}, {@code ,} and {@code $} get a backslash. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '|' || c == ',' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
