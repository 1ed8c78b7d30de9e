package newsdesk.summarize;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the article a brief's "Read more at" links. An article is complete when its text is at
 * least {@code completeShare} of the longest one's; among complete articles the article whose
 * title is the headline comes first (so that the headline and the link name one report: the
 * headline is the newest well-supported title, see {@link HeadlineWriter#titleArticle}), then a
 * wire service (list in {@code primary-outlets.txt}), then the article the brief opens with, then
 * the earliest published (the outlet that had the story first), then the longest text, then the
 * smallest id so that the choice is deterministic. The headline's article that the brief also opens
 * with is complete at half that share: the card tells that report, and a link to another would
 * break the rule that headline, lead and link name one report. When the headline's article is a stub (or the
 * headline was built from a sentence), the link falls back to those rules and may name another
 * outlet than the headline's. Thread-safe.
 */
public final class BestOriginal {
  /** What the choice needs to know of an article. {@code outlet} and {@code published} may be null. */
  public record Option(String id, String outlet, int textLength, Instant published) {
    public Option {
      Objects.requireNonNull(id, "id");
      if (textLength < 0) throw new IllegalArgumentException("textLength must be >= 0, got " + textLength);
    }

    public static Option of(SourceArticle a) {
      return new Option(a.id(), a.outlet(), a.text().length(), a.published());
    }
  }

  private final Set<String> primaryOutlets;
  private final double completeShare;

  public BestOriginal(Set<String> primaryOutlets, double completeShare) {
    if (completeShare <= 0 || completeShare > 1) {
      throw new IllegalArgumentException("completeShare must be in (0, 1], got " + completeShare);
    }
    this.primaryOutlets = primaryOutlets.stream().map(BestOriginal::squash).collect(Collectors.toUnmodifiableSet());
    this.completeShare = completeShare;
  }

  /** The bundled wire-service list; complete means at least 60% of the longest text. */
  public static BestOriginal english() {
    return new BestOriginal(Set.copyOf(SummarizerResources.lines("primary-outlets.txt")), 0.6);
  }

  /** The article to link, or empty when there is none. */
  public Optional<Option> choose(List<Option> options) {
    return choose(options, null);
  }

  /**
   * The article to link, or empty when there is none; {@code lead} (nullable) is the id of the
   * article the brief opens with, preferred among complete articles of equally primary outlets.
   */
  public Optional<Option> choose(List<Option> options, String lead) {
    return choose(options, null, lead);
  }

  /**
   * The article to link, or empty when there is none; {@code headline} (nullable) is the id of the
   * article whose title is the brief's headline, preferred among complete articles to any other;
   * {@code lead} (nullable) as in {@link #choose(List, String)}.
   */
  public Optional<Option> choose(List<Option> options, String headline, String lead) {
    int longest = options.stream().mapToInt(Option::textLength).max().orElse(0);
    return options.stream()
        .filter(o -> o.textLength() >= completeShare * longest
            || o.id().equals(headline) && o.id().equals(lead) && o.textLength() >= completeShare / 2 * longest)
        .min(Comparator.comparing((Option o) -> !o.id().equals(headline))
            .thenComparing(o -> !isPrimary(o.outlet()))
            .thenComparing(o -> !o.id().equals(lead))
            .thenComparing(Option::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Option::textLength, Comparator.reverseOrder())
            .thenComparing(Option::id));
  }

  /** {@link #choose} over a story's articles. */
  public Optional<SourceArticle> chooseArticle(List<SourceArticle> articles) {
    return chooseArticle(articles, null);
  }

  /** {@link #choose(List, String)} over a story's articles. */
  public Optional<SourceArticle> chooseArticle(List<SourceArticle> articles, String lead) {
    return chooseArticle(articles, null, lead);
  }

  /** {@link #choose(List, String, String)} over a story's articles. */
  public Optional<SourceArticle> chooseArticle(List<SourceArticle> articles, String headline, String lead) {
    Optional<Option> best = choose(articles.stream().map(Option::of).toList(), headline, lead);
    return best.flatMap(b -> articles.stream().filter(a -> a.id().equals(b.id())).findFirst());
  }

  /** Every outlet that covered the story, earliest first, each once. */
  public static List<String> outlets(List<SourceArticle> articles) {
    Set<String> out = new LinkedHashSet<>();
    articles.stream()
        .filter(a -> a.outlet() != null && !a.outlet().isBlank())
        .sorted(Comparator.comparing(SourceArticle::published, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(a -> out.add(a.outlet().strip()));
    return List.copyOf(out);
  }

  private boolean isPrimary(String outlet) {
    return outlet != null && primaryOutlets.contains(squash(outlet));
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
