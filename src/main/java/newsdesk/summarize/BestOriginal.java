package newsdesk.summarize;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the article a brief's "Read more at" links: the report a reader should go on to. An article
 * is complete when its text is at least {@code completeShare} of the longest one's; among complete
 * articles:
 * <ol>
 * <li>the article whose title is the headline, so that the headline and the link name one report
 * (the headline is the newest well-supported title, see {@link HeadlineWriter#titleArticle}). The
 * pipeline first asks the summarizer to head the brief with the wire report ({@link #wireReport},
 * {@link Summarizer#summarize(List, SummaryLength, String)}), so this is the wire report whenever
 * there is one whose title can head the card; when its title cannot (too short, a teaser, or stating
 * a figure a newer report has updated: a strong reason, the card then tells the newer report), the
 * card's headline, lead and link stay one report, the other one;</li>
 * <li>a wire report ({@link Wire}): the agency's own page first, then a text more outlets carry
 * ({@link Option#carriers}, an original and its copies), then a text credited to an agency
 * (dateline, sign-off, byline: {@link AgencyCredits}) over one that credits none. A reader wants
 * the source: the agency's report, not an outlet's rewrite of it; a text that several outlets
 * republished is that report even when nobody names the agency;</li>
 * <li>the article the brief opens with, then the earliest published (the outlet that had the story
 * first), then the longest text, then the smallest id, so that the choice is deterministic.</li>
 * </ol>
 * The headline's article that the brief also opens with is complete at half that share: the card
 * tells that report, and a link to another would break the rule that headline, lead and link name
 * one report. When the headline's article is a stub (or the headline was built from a sentence),
 * the link falls back to the rules after the first and may name another outlet than the headline's.
 * Options built without wire facts ({@link Option#Option(String, String, int, Instant)}) rank by
 * outlet name only (an agency's outlet), as before those facts were known. Thread-safe.
 */
public final class BestOriginal {
  /** How plainly an article is a news agency's report. */
  public enum Wire {
    /** Nothing says so. */
    NONE,
    /** The text or a byline credits an agency ({@link AgencyCredits#creditedAgency}). */
    CREDITED,
    /** The agency's own page (its outlet is the agency). */
    AGENCY
  }

  /**
   * What the choice needs to know of an article. {@code outlet} and {@code published} may be null.
   *
   * @param carriers how many outlets carry this text: 1 for its own, more when other outlets' copies
   *                 of it are in the story (at least 1); an edit that credits the same agency is
   *                 another text, not a carrier of this one (why: {@code pipeline.StoryTexts})
   * @param wire     whether it is an agency's report (never null)
   */
  public record Option(String id, String outlet, int textLength, Instant published, int carriers, Wire wire) {
    public Option {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(wire, "wire");
      if (textLength < 0) throw new IllegalArgumentException("textLength must be >= 0, got " + textLength);
      if (carriers < 1) throw new IllegalArgumentException("carriers must be >= 1, got " + carriers);
    }

    /** An article carried by its own outlet only, whose wire status is its outlet's name. */
    public Option(String id, String outlet, int textLength, Instant published) {
      this(id, outlet, textLength, published, 1, Wire.NONE);
    }

    public static Option of(SourceArticle a) {
      return new Option(a.id(), a.outlet(), a.text().length(), a.published());
    }
  }

  private final AgencyCredits credits;
  private final double completeShare;

  /**
   * @param credits       the agencies, their outlets and forms of credit
   * @param completeShare the share of the longest text from which an article is complete
   */
  public BestOriginal(AgencyCredits credits, double completeShare) {
    if (completeShare <= 0 || completeShare > 1) {
      throw new IllegalArgumentException("completeShare must be in (0, 1], got " + completeShare);
    }
    this.credits = Objects.requireNonNull(credits, "credits");
    this.completeShare = completeShare;
  }

  /**
   * A choice that knows agencies by their outlets' names only ({@code primaryOutlets}, letters and
   * digits compared, case ignored): no text credits one.
   */
  public BestOriginal(Set<String> primaryOutlets, double completeShare) {
    this(new AgencyCredits(primaryOutlets.stream().map(List::of).toList(), List.of(), List.of(), List.of()), completeShare);
  }

  /** The bundled agencies and forms of credit ({@code agency-credits.txt}); complete means at least 60% of the longest text. */
  public static BestOriginal english() {
    return new BestOriginal(AgencyCredits.english(), 0.6);
  }

  /**
   * How plainly an article is an agency's report: {@link Wire#AGENCY} when {@code outlet}
   * (nullable) is an agency, {@link Wire#CREDITED} when its {@code text} or {@code authors}
   * (nullable) credit one ({@link AgencyCredits#creditedAgency}), else {@link Wire#NONE}. A
   * contribution footer ("AP contributed to this report", {@link AgencyCredits#contributingAgency})
   * is {@link Wire#NONE}: the outlet wrote its own text, which is no copy of the agency's report.
   */
  public Wire wire(String outlet, String text, List<String> authors) {
    if (credits.agencyOfOutlet(outlet).isPresent()) return Wire.AGENCY;
    return credits.creditedAgency(text, authors).isPresent() ? Wire.CREDITED : Wire.NONE;
  }

  /** The agencies and forms of credit it reads; the pipeline stores each article's {@link AgencyCredits#credit}. */
  public AgencyCredits credits() {
    return credits;
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
            .thenComparing(wireOrder())
            .thenComparing(o -> !o.id().equals(lead))
            .thenComparing(untilTheEarliest()));
  }

  /**
   * The wire report among {@code options}: the complete option that ranks first by the wire rule
   * (the agency's own page, then the text most outlets carry, then a credited text; ties to the
   * earliest, the longest, the smallest id), when it is an agency's report or a text that several
   * outlets carry; empty when no complete option is. The pipeline asks the summarizer to head the
   * brief with it, so that headline, lead and "Read more" name the report most readers will meet.
   */
  public Optional<Option> wireReport(List<Option> options) {
    return complete(options).stream()
        .min(wireOrder().thenComparing(untilTheEarliest()))
        .filter(o -> wire(o) != Wire.NONE || o.carriers() > 1);
  }

  private List<Option> complete(List<Option> options) {
    int longest = options.stream().mapToInt(Option::textLength).max().orElse(0);
    return options.stream().filter(o -> o.textLength() >= completeShare * longest).toList();
  }

  private Comparator<Option> wireOrder() {
    return Comparator.comparing((Option o) -> wire(o) != Wire.AGENCY)
        .thenComparing(Option::carriers, Comparator.reverseOrder())
        .thenComparing(o -> wire(o) == Wire.NONE);
  }

  private static Comparator<Option> untilTheEarliest() {
    return Comparator.comparing(Option::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(Option::textLength, Comparator.reverseOrder())
        .thenComparing(Option::id);
  }

  /** The option's own wire status, or {@link Wire#AGENCY} when its outlet is an agency's. */
  private Wire wire(Option o) {
    return isPrimary(o.outlet()) ? Wire.AGENCY : o.wire();
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
    return credits.agencyOfOutlet(outlet).isPresent();
  }
}
