package newsdesk.publish;

import java.util.List;

/**
 * Renders stories as plain-text cards in the spirit of the seed card: the headline on top, the
 * summary paragraphs, {@code Read more at <outlet>: <url>}, {@code Also covered by: <outlet>, ...}
 * when other articles covered the story ({@link OtherCoverage}), then an en-dash line per related story.
 */
public final class TextDigestRenderer implements DigestRenderer {
  @Override
  public String render(List<DigestStory> stories) {
    StringBuilder b = new StringBuilder();
    for (DigestStory s : stories) {
      if (!b.isEmpty()) b.append('\n');
      b.append(s.headline()).append('\n');
      for (String p : s.summary()) b.append(p).append('\n');
      // An article without a link (a feed entry that had none) sends the reader nowhere: no line.
      if (s.readMore() != null && s.readMore().url() != null) b.append("Read more at ").append(s.readMore().outlet()).append(": ").append(s.readMore().url()).append('\n');
      List<OtherCoverage> others = OtherCoverage.of(s);
      if (!others.isEmpty()) {
        b.append("Also covered by: ").append(String.join(", ", others.stream()
            .map(o -> o.count() == null ? o.outlet() : o.outlet() + " (" + o.count() + ")").toList())).append('\n');
      }
      for (DigestStory.Related r : s.related()) {
        b.append("\u2013 ").append(r.headline());
        if (!r.summary().isBlank()) b.append(": ").append(r.summary());
        b.append('\n');
      }
    }
    return b.toString();
  }
}
