package newsdesk.publish;

import java.util.List;

/** Renders stories as Markdown: a section per story, related stories as a list. */
public final class MarkdownDigestRenderer implements DigestRenderer {
  @Override
  public String render(List<DigestStory> stories) {
    StringBuilder b = new StringBuilder();
    for (DigestStory s : stories) {
      b.append("## ").append(escape(s.headline())).append("\n\n");
      for (String p : s.summary()) b.append(escape(p)).append("\n\n");
      if (s.readMore() != null) {
        b.append("Read more at [").append(escape(s.readMore().outlet())).append("](").append(s.readMore().url()).append(")\n\n");
      }
      if (!s.related().isEmpty()) {
        b.append("Related:\n\n");
        for (DigestStory.Related r : s.related()) {
          b.append("- **").append(escape(r.headline())).append("**");
          if (!r.summary().isBlank()) b.append(": ").append(escape(r.summary()));
          b.append('\n');
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static String escape(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
  }
}
