package org.holdspace.examples.svg;

import java.util.Locale;

/** A minimal SVG writer: elements with attributes, text escaped. Enough for the examples' charts. */
final class Svg {
  private final StringBuilder out = new StringBuilder(8192);

  Svg(int width, int height, String title) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("  <title>").append(escape(title)).append("</title>\n")
        .append("  <rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" fill=\"#ffffff\"/>\n");
  }

  Svg rect(String cssClass, double x, double y, double w, double h, String fill, String tooltip) {
    out.append("  <rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(w, 1))).append("\" height=\"").append(n(h)).append("\" fill=\"")
        .append(fill).append("\" rx=\"2\">");
    title(tooltip);
    out.append("</rect>\n");
    return this;
  }

  Svg circle(String cssClass, double cx, double cy, double r, String fill, String stroke, String tooltip) {
    out.append("  <circle class=\"").append(cssClass).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
        .append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"").append(fill).append("\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"1.5\">");
    title(tooltip);
    out.append("</circle>\n");
    return this;
  }

  Svg line(String cssClass, double x1, double y1, double x2, double y2, String stroke) {
    out.append("  <line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke)
        .append("\"/>\n");
    return this;
  }

  Svg polyline(String cssClass, double[] xs, double[] ys, String stroke) {
    out.append("  <polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"2\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    out.append("\"/>\n");
    return this;
  }

  Svg text(String cssClass, double x, double y, String text, String anchor) {
    out.append("  <text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append("\" fill=\"#333333\">").append(escape(text))
        .append("</text>\n");
    return this;
  }

  String finish() {
    return out.append("</svg>\n").toString();
  }

  private void title(String tooltip) {
    if (tooltip != null) {
      out.append("<title>").append(escape(tooltip)).append("</title>");
    }
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        default:
          sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
