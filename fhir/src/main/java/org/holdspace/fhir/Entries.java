package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources being read, from one Bundle or one bulk directory: each with its fullUrl (if any)
 * and its location for the import report, and the indexes that resolve references between them.
 * A resource may be {@code null} (a Bundle entry without one).
 */
final class Entries {
  /** What {@link #resolve} gives for a reference to nothing here. */
  static final int NONE = -1;
  /** What {@link #resolve} gives for a reference that two entries answer. */
  static final int AMBIGUOUS = -2;

  private final List<Resource> resources;
  private final List<String> fullUrls;
  private final List<String> locations;
  private final Map<String, Integer> byUrl = new HashMap<>();
  /** The entries by their resource's type and id ({@code Encounter/1000}). */
  private final Map<String, Integer> byTypeAndId = new HashMap<>();

  /** The first entry whose fullUrl an earlier entry has, or {@link #NONE}. */
  private int duplicateUrl = NONE;

  /** Indexes the entries; a fullUrl two entries share resolves to neither ({@link #duplicateUrl}). */
  Entries(List<Resource> resources, List<String> fullUrls, List<String> locations) {
    this.resources = new ArrayList<>(resources);
    this.fullUrls = new ArrayList<>(fullUrls);
    this.locations = new ArrayList<>(locations);
    for (int i = 0; i < resources.size(); i++) {
      String url = fullUrls.get(i);
      if (url != null && byUrl.putIfAbsent(url, i) != null) {
        byUrl.put(url, AMBIGUOUS);
        duplicateUrl = duplicateUrl == NONE ? i : duplicateUrl;
      }
      Resource r = resources.get(i);
      if (idOf(r) != null) { // a server's "Type/id"; a second one makes it ambiguous
        byTypeAndId.merge(r.fhirType() + "/" + idOf(r), i, (x, y) -> AMBIGUOUS);
      }
    }
  }

  /**
   * A resource's id as FHIR gives it: HAPI takes a Bundle entry's {@code urn:uuid:} fullUrl as
   * the id, which is given here without the {@code urn:uuid:} (or {@code urn:oid:}); null if none.
   */
  static String idOf(Resource r) {
    if (r == null || !r.getIdElement().hasIdPart()) {
      return null;
    }
    String id = r.getIdElement().getIdPart();
    return id.startsWith("urn:uuid:") ? id.substring(9) : id.startsWith("urn:oid:") ? id.substring(8) : id;
  }

  /** The entries of a Bundle, located as {@code Bundle.entry[i].resource}. */
  static Entries of(org.hl7.fhir.r4.model.Bundle bundle) {
    List<Resource> resources = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      var entry = bundle.getEntry().get(i);
      resources.add(entry.hasResource() ? entry.getResource() : null);
      urls.add(entry.hasFullUrl() ? entry.getFullUrl() : null);
      locations.add(Reading.entry(i));
    }
    return new Entries(resources, urls, locations);
  }

  /**
   * {@code e} with a location in Bundle terms ({@code Bundle.entry[4].resource...}, as the mappings
   * write it) given in this input's terms (a bulk file's line).
   */
  HoldspaceFhirException relocate(HoldspaceFhirException e) {
    String at = e.location();
    if (!at.startsWith("Bundle.entry[")) {
      return e;
    }
    int close = at.indexOf(']');
    int index;
    try {
      index = Integer.parseInt(at.substring("Bundle.entry[".length(), close));
    } catch (NumberFormatException | StringIndexOutOfBoundsException notAnIndex) {
      return e;
    }
    String prefix = Reading.entry(index);
    return index < locations.size() && !locations.get(index).equals(prefix)
        ? e.relocated(prefix, locations.get(index)) : e;
  }

  /**
   * Strictly, refuses an input in which two entries share a fullUrl (FHIR allows it only for
   * versions of one resource, in a history).
   *
   * @throws HoldspaceFhirException DUPLICATE_ELEMENT at the second entry's fullUrl
   */
  void checkUniqueUrls() {
    if (duplicateUrl != NONE) {
      throw new HoldspaceFhirException(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT,
          locations.get(duplicateUrl).replace(".resource", "") + ".fullUrl", null);
    }
  }

  int size() {
    return resources.size();
  }

  /** The resource at {@code index}, or null for an entry without one. */
  Resource resource(int index) {
    return resources.get(index);
  }

  String location(int index) {
    return locations.get(index);
  }

  /** The resource's id, else its fullUrl, else empty: what the import report names it by. */
  String name(int index) {
    Resource r = resources.get(index);
    if (idOf(r) != null) {
      return idOf(r);
    }
    String url = fullUrls.get(index);
    return url == null ? "" : url;
  }

  /**
   * The entry a reference names, as FHIR resolves references in a Bundle: an entry whose fullUrl
   * is the reference (a {@code urn:uuid:}, or an absolute URL); else, for a relative {@code
   * Type/id} (a version in {@code /_history/..} ignored) or an absolute URL ending in one, the one
   * entry whose resource has that type and id, as a server's searchset and a bulk export carry them.
   *
   * @return the index, {@link #NONE} or {@link #AMBIGUOUS}
   */
  int resolve(String reference) {
    Integer exact = byUrl.get(reference);
    if (exact != null) {
      return exact;
    }
    String ref = reference;
    int history = ref.indexOf("/_history/");
    if (history >= 0) {
      ref = ref.substring(0, history);
      exact = byUrl.get(ref);
      if (exact != null) {
        return exact;
      }
    }
    String[] parts = ref.split("/");
    if (parts.length < 2 || ref.startsWith("urn:") || ref.contains("?")) {
      return NONE;
    }
    Integer found = byTypeAndId.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
    return found == null ? NONE : found;
  }
}
