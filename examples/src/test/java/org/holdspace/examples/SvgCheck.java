package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses an SVG file as XML (so it is well-formed) and counts its elements by class. */
final class SvgCheck {
  private final Document doc;

  private SvgCheck(Document doc) {
    this.doc = doc;
  }

  static SvgCheck parse(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<?xml");
    return new SvgCheck(doc);
  }

  /** How many {@code element}s have {@code cssClass} among their classes. */
  long count(String element, String cssClass) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
    long n = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      String classes = ((Element) nodes.item(i)).getAttribute("class");
      for (String c : classes.split(" ")) {
        if (c.equals(cssClass)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  String title() {
    return doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
  }
}
