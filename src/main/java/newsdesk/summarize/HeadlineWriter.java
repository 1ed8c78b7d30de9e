package newsdesk.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks a story's headline from its articles' titles: each title is cleaned (labels such as
 * "BREAKING:" and site suffixes such as " - Outlet" or " | Outlet" removed), teasers are
 * rejected (patterns in {@code headline-clickbait.txt}), and the title whose words the other
 * articles' titles and leads share most wins, kept whole up to {@link HeadlineLimits#maxTitleWords}
 * words and else shortened to that many (a clause boundary, else before a clause word such as
 * "after", else before a function word); every limit is in {@link HeadlineLimits}. Without a
 * usable title the headline is built from the brief's first sentence, shortened the same way to
 * {@link HeadlineLimits#maxWords}, and without that from any title. Never ends with a period.
 * Titles are cleaned by {@link TitleCleaner}, shortened by {@link HeadlineShortener}.
 * Thread-safe.
 */
public final class HeadlineWriter {
  /** The default {@link HeadlineLimits#maxWords}. */
  public static final int MAX_WORDS = HeadlineLimits.defaults().maxWords();
  /** The default {@link HeadlineLimits#maxTitleWords}. */
  public static final int MAX_TITLE_WORDS = HeadlineLimits.defaults().maxTitleWords();

  private final List<Pattern> clickbait;
  private final Set<String> stopwords;
  private final HeadlineLimits limits;
  /** A trailing attribution (", police said."), built from the reporting verbs. */
  private final Pattern attribution;
  private final TitleCleaner cleaner;
  private final HeadlineShortener shortener;

  /** A writer with the {@link HeadlineLimits#defaults() default limits}. */
  public HeadlineWriter(List<Pattern> clickbait, List<Pattern> prefixes, Set<String> stopwords, Set<String> clauseWords) {
    this(clickbait, prefixes, stopwords, clauseWords, HeadlineLimits.defaults());
  }

  /** A writer with the bundled reporting verbs and domain endings. */
  public HeadlineWriter(List<Pattern> clickbait, List<Pattern> prefixes, Set<String> stopwords, Set<String> clauseWords,
      HeadlineLimits limits) {
    this(clickbait, prefixes, stopwords, clauseWords, SummarizerResources.lines("headline-attribution-verbs.txt"),
        SummarizerResources.lines("headline-domain-suffixes.txt"), limits);
  }

  /**
   * @param attributionVerbs reporting verbs whose trailing attribution a sentence-built headline drops
   * @param domainSuffixes   domain endings ("com", "co.uk") that make a title part a site name
   */
  public HeadlineWriter(List<Pattern> clickbait, List<Pattern> prefixes, Set<String> stopwords, Set<String> clauseWords,
      List<String> attributionVerbs, List<String> domainSuffixes, HeadlineLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
    this.attribution = Pattern.compile(",\\s+([^\\s,]+\\s+){0,3}(" + alternatives(attributionVerbs)
        + ")(\\s+[^\\s,]+){0,3}[.!?]?\\s*$", Pattern.CASE_INSENSITIVE);
    this.cleaner = new TitleCleaner(prefixes,
        Pattern.compile("(?i)[\\w.-]+\\.(" + alternatives(domainSuffixes) + ")"), limits);
    this.shortener = new HeadlineShortener(stopwords, clauseWords, limits);
    this.clickbait = List.copyOf(clickbait);
    this.stopwords = Set.copyOf(stopwords);
  }

  /** The bundled English rules with the default limits. */
  public static HeadlineWriter english() {
    return english(HeadlineLimits.defaults());
  }

  /** The bundled English rules with {@code limits}. */
  public static HeadlineWriter english(HeadlineLimits limits) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return new HeadlineWriter(
        SummarizerResources.lines("headline-clickbait.txt").stream().map(l -> Pattern.compile(l, flags)).toList(),
        SummarizerResources.lines("headline-prefixes.txt").stream().map(l -> Pattern.compile(l, flags)).toList(),
        SummarizerResources.english().stopwords(),
        Set.copyOf(SummarizerResources.lines("headline-clause-words.txt")), limits);
  }

  /** The limits this writer applies. */
  public HeadlineLimits limits() {
    return limits;
  }

  /**
   * The article whose title {@link #write} makes the headline, by {@link #titleArticle(List, Predicate)}
   * with no title out of date.
   */
  public int titleArticle(List<SourceArticle> articles) {
    return titleArticle(articles, t -> false);
  }

  /**
   * The article whose title makes the headline; -1 when no title will do and the headline comes
   * from the brief's lead. A title needs at least {@link HeadlineLimits#minTitleWords} words and
   * no teaser pattern; its support is the share of its content words that the other articles'
   * titles and openings have (figures, which change as a story evolves, are not counted). A title {@code outdated} rejects (one stating a figure a newer
   * article has updated) is taken only when no other will do. Titles within
   * {@link HeadlineLimits#recentTitleMargin} of the best support are well supported; among them the
   * newest article's title wins (the newest report of an evolving story states its newest
   * figures), then the best support. Undated articles
   * come after dated ones; without dates the best-supported title wins, as before.
   */
  public int titleArticle(List<SourceArticle> articles, java.util.function.Predicate<String> outdated) {
    List<Set<String>> context = new ArrayList<>();
    for (SourceArticle a : articles) {
      Set<String> words = contentWords(a.title());
      String text = a.text();
      words.addAll(contentWords(text.substring(0, Math.min(text.length(), limits.contextChars()))));
      context.add(words);
    }
    double[] score = new double[articles.size()];
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < articles.size(); i++) {
      score[i] = Double.NaN;
      String title = clean(articles.get(i).title(), articles.get(i).outlet());
      if (HeadlineShortener.words(title).length < limits.minTitleWords() || isClickbait(title)) continue;
      // A figure's support says nothing of whether a title tells the story: figures change as it
      // evolves, and the newest title's new figures are by nature in no older article.
      Set<String> words = contentWords(title);
      words.removeIf(w -> FactSignatures.figureValue(w) != null);
      double support = 0;
      for (int j = 0; j < articles.size(); j++) {
        if (j == i && articles.size() > 1) continue;
        Set<String> shared = new HashSet<>(words);
        shared.retainAll(context.get(j));
        support += words.isEmpty() ? 0 : (double) shared.size() / words.size();
      }
      score[i] = support / Math.max(1, articles.size() - 1) - (HeadlineShortener.words(title).length > limits.maxWords() ? limits.longTitlePenalty() : 0);
      bestScore = Math.max(bestScore, score[i]);
    }
    int best = -1;
    for (int i = 0; i < articles.size(); i++) {
      if (Double.isNaN(score[i])) continue;
      if (best < 0 || preferred(articles, score, i, best, bestScore, outdated)) best = i;
    }
    return best;
  }

  /**
   * Whether {@code article}'s title can be the headline: long enough, no teaser, and not
   * {@code outdated} (see {@link #titleArticle(List, Predicate)}).
   */
  public boolean usableTitle(SourceArticle article, Predicate<String> outdated) {
    String title = clean(article.title(), article.outlet());
    return HeadlineShortener.words(title).length >= limits.minTitleWords() && !isClickbait(title)
        && !outdated.test(article.title());
  }

  /** Whether title {@code i} is preferred to title {@code j} (see {@link #titleArticle(List, Predicate)}). */
  private boolean preferred(List<SourceArticle> articles, double[] score, int i, int j, double bestScore,
      java.util.function.Predicate<String> outdated) {
    boolean oldI = outdated.test(articles.get(i).title());
    boolean oldJ = outdated.test(articles.get(j).title());
    if (oldI != oldJ) return !oldI;
    double margin = limits.recentTitleMargin();
    boolean wellI = score[i] >= bestScore - margin;
    boolean wellJ = score[j] >= bestScore - margin;
    if (wellI != wellJ) return wellI;
    if (!wellI) return score[i] > score[j];
    if (margin > 0) {
      java.time.Instant pi = articles.get(i).published();
      java.time.Instant pj = articles.get(j).published();
      if (pi != null && (pj == null || pi.isAfter(pj))) return true;
      if (pj != null && (pi == null || pj.isAfter(pi))) return false;
    }
    return score[i] > score[j];
  }

  /**
   * The headline for a story.
   *
   * @param articles the story's articles (titles may be empty)
   * @param lead     the brief's first sentence, used when no title will do (may be empty)
   */
  public String write(List<SourceArticle> articles, String lead) {
    return write(articles, lead, titleArticle(articles));
  }

  /**
   * The headline for a story whose title article {@link #titleArticle} has chosen ({@code chosen},
   * -1 for none).
   */
  public String write(List<SourceArticle> articles, String lead, int chosen) {
    String best = chosen < 0 ? "" : clean(articles.get(chosen).title(), articles.get(chosen).outlet());
    if (best.isEmpty()) {
      String sentence = shortener.shorten(fromSentence(lead == null ? "" : lead), limits.maxWords());
      if (!sentence.isEmpty()) return sentence;
    }
    for (int i = 0; i < articles.size() && best.isEmpty(); i++) {
      best = clean(articles.get(i).title(), articles.get(i).outlet());
    }
    return shortener.shorten(best, limits.maxTitleWords());
  }

  /** A title without labels and site suffixes. */
  public String clean(String title, String outlet) {
    return cleaner.clean(title, outlet);
  }

  private boolean isClickbait(String title) {
    for (Pattern p : clickbait) {
      if (p.matcher(title).find()) return true;
    }
    return false;
  }

  private String fromSentence(String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    s = s.replaceAll("^[\"'‘“]+|[\"'’”]+$", "").strip();
    String unattributed = attribution.matcher(s).replaceFirst("");
    if (HeadlineShortener.words(unattributed).length >= limits.minUnattributedWords()) s = unattributed;
    return s;
  }

  private Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String t : StoryAnalyzer.tokens(text)) {
      if (!stopwords.contains(t)) out.add(t);
    }
    return out;
  }

  /** {@code words} as a regex alternation of literals; one that never matches when empty. */
  private static String alternatives(List<String> words) {
    if (words.isEmpty()) return "(?!)";
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }

}
