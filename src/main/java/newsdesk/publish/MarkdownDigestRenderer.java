package newsdesk.publish;

import java.util.List;

/**
 * Renders stories as Markdown: a section per story, dated as the text card is
 * ({@link TextDigestRenderer#day}); "Read more" and "Also covered by" (the other
 * articles, {@link OtherCoverage}) link the originals ("From <outlet>" names the outlet of an
 * article without a link, or whose page is gone; an article whose page is gone is never linked); related stories as a list,
 * each dated as its own section is ({@code - **<headline>** (<day>): <first sentence>}).
 */
public final class MarkdownDigestRenderer implements DigestRenderer {
  @Override
  public String render(List<DigestStory> stories) {
    StringBuilder b = new StringBuilder();
    for (DigestStory s : stories) {
      b.append("## ").append(escape(s.headline())).append("\n\n");
      String day = TextDigestRenderer.day(s);
      if (day != null) b.append(day).append("\n\n");
      for (String p : s.summary()) b.append(escape(p)).append("\n\n");
      if (s.textUnavailable()) b.append('*').append(escape(DigestStory.NO_TEXT_NOTE)).append("*\n\n");
      if (s.readMore() != null && DigestFeeds.isWebUrl(s.readMore().url())) {
        b.append("Read more at [").append(escape(s.readMore().outlet())).append("](").append(destination(s.readMore().url())).append(")\n\n");
      } else if (s.readMore() != null && s.readMore().url() != null) {
        b.append("Read more at ").append(escape(s.readMore().outlet())).append("\n\n"); // never a javascript: or file: link
      } else if (s.readMore() != null && TextDigestRenderer.hasText(s.readMore().outlet())) {
        b.append("From ").append(escape(s.readMore().outlet())).append("\n\n"); // an article without a link
      }
      List<OtherCoverage> others = OtherCoverage.of(s);
      if (!others.isEmpty()) {
        b.append("Also covered by: ").append(String.join(", ", others.stream().map(MarkdownDigestRenderer::coverage).toList())).append("\n\n");
      }
      if (!s.related().isEmpty()) {
        b.append("Related:\n\n");
        for (DigestStory.Related r : s.related()) {
          b.append("- **").append(escape(r.headline())).append("**");
          String relatedDay = TextDigestRenderer.day(r);
          if (relatedDay != null) b.append(" (").append(relatedDay).append(')');
          if (!r.summary().isBlank()) b.append(": ").append(escape(r.summary()));
          b.append('\n');
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /**
   * One outlet: its name linked to its article, or, for several, the name then each article as a
   * numbered link ({@code Wikinews (2 more articles: [1](u1), [2](u2))}). Only http(s) addresses are linked.
   */
  private static String coverage(OtherCoverage o) {
    String name = escape(o.outlet());
    if (o.articles().size() == 1) {
      String url = o.articles().getFirst().url();
      String linked = DigestFeeds.isWebUrl(url) ? "[" + name + "](" + destination(url) + ")" : name;
      return o.count() == null ? linked : linked + " (" + o.count() + ")";
    }
    List<String> numbered = new java.util.ArrayList<>();
    for (int i = 0; i < o.articles().size(); i++) {
      String url = o.articles().get(i).url();
      numbered.add(DigestFeeds.isWebUrl(url) ? "[" + (i + 1) + "](" + destination(url) + ")" : Integer.toString(i + 1));
    }
    return name + " (" + o.count() + ": " + String.join(", ", numbered) + ")";
  }

  /** A link destination that no parenthesis, space or angle bracket in the address can end early. */
  private static String destination(String url) {
    return url == null ? "" : url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
  }

  private static String escape(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
  }
}
