package newsdesk.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of a story other than its "Read more" one, by outlet, for the digests' "Also
 * covered by" line (the web card lists the same outlets). Outlets are in the order they first
 * covered the story; an article without an outlet name is left out, as on the web page.
 *
 * @param outlet   the outlet's name
 * @param articles its articles other than the "Read more" one, earliest first (at least one)
 * @param again    whether it is also the "Read more" outlet (its other articles are "more")
 */
record OtherCoverage(String outlet, List<DigestStory.Coverage> articles, boolean again) {

  /** The other coverage of {@code story}, empty when the "Read more" article is all it has. */
  static List<OtherCoverage> of(DigestStory story) {
    DigestStory.Link readMore = story.readMore();
    boolean skipped = readMore == null;
    Map<String, List<DigestStory.Coverage>> byOutlet = new LinkedHashMap<>();
    for (DigestStory.Coverage c : story.outlets()) {
      // By address, outlet and gone mark: articles from feed entries without a link, and articles
      // whose page is gone, all have a null address.
      if (!skipped && java.util.Objects.equals(c.url(), readMore.url()) && java.util.Objects.equals(c.name(), readMore.outlet())
          && c.linkGone() == readMore.linkGone()) {
        skipped = true; // the article the digest already sends the reader to
        continue;
      }
      if (c.name() == null || c.name().isBlank()) continue;
      byOutlet.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
    }
    List<OtherCoverage> out = new ArrayList<>();
    byOutlet.forEach((name, articles) -> out.add(
        new OtherCoverage(name, List.copyOf(articles), readMore != null && name.equals(readMore.outlet()))));
    return out;
  }

  /**
   * What follows the outlet's name, or null when nothing does: "another article" (the "Read more"
   * outlet's second article), "N more articles", or "N articles" for another outlet.
   */
  String count() {
    int n = articles.size();
    if (n == 1) return again ? "another article" : null;
    return n + (again ? " more articles" : " articles");
  }
}
