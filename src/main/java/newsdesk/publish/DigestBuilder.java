package newsdesk.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.store.NewsStore;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryCoverage;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;

/** Assembles {@link DigestStory} objects from what the store holds. */
public final class DigestBuilder {
  /** By default a digest covers this long, up to its newest story. */
  public static final Duration DEFAULT_SPAN = Duration.ofDays(7);

  /** A well-formed BCP 47 tag ("de", "pt-BR", "zh-Hant"): anything else is never written into a lang attribute. */
  /** The farthest apart a related story is shown (the finder's default window). */
  private static final Duration RELATED_WINDOW = RelatedStoryFinder.Settings.defaults().window();
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private final NewsStore store;

  public DigestBuilder(NewsStore store) {
    this.store = store;
  }

  /**
   * Stories updated in [since, until], newest first, at most {@code limit}. A null {@code until}
   * means the newest stored article (a {@code since} after it finds nothing); a null {@code since}
   * means 7 days before {@code until}. When both are null, the front page's stories
   * ({@link DigestSelection#DEFAULT}: those 7 days, or the 300 most recent when they hold fewer),
   * newest first.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive, or both times are given and
   *                                  {@code since} is after {@code until} (callers check what users typed)
   */
  public List<DigestStory> digest(Instant since, Instant until, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since " + since + " is after until " + until);
    }
    if (since == null && until == null) return digest(DigestSelection.DEFAULT, limit);
    Instant end = until != null ? until : store.newestArticleTime();
    if (end == null) return List.of();
    Instant start = since != null ? since : end.minus(DEFAULT_SPAN);
    if (start.isAfter(end)) return List.of(); // a since after the newest article: nothing was updated then
    List<DigestStory> out = new ArrayList<>();
    for (StoryRecord s : store.storiesUpdatedBetween(start, end, limit)) {
      story(s.id()).ifPresent(out::add);
    }
    return out;
  }

  /** The stories {@code selection} picks, newest first (then by id), at most {@code limit}. */
  public List<DigestStory> digest(DigestSelection selection, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
    List<StoryRecord> records = selection.select(store).stream().map(StoryCoverage::record)
        .sorted(Comparator.comparing(StoryRecord::lastPublished, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StoryRecord::id))
        .limit(limit).toList();
    List<DigestStory> out = new ArrayList<>();
    for (StoryRecord s : records) story(s.id()).ifPresent(out::add);
    return out;
  }

  /** The story with {@code id}, when it exists, is live and has a brief. */
  public Optional<DigestStory> story(String id) {
    Optional<StoryRecord> record = store.story(id).filter(s -> s.mergedInto() == null);
    Optional<StoredBrief> brief = store.brief(id);
    if (record.isEmpty() || brief.isEmpty()) return Optional.empty();
    List<StoredArticle> articles = store.articlesOfStory(id);
    Brief b = brief.get().brief();
    List<String> paragraphs = b.paragraphs().stream()
        .map(p -> String.join(" ", p.stream().map(SummarySentence::text).toList())).toList();
    List<DigestStory.Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < b.paragraphs().size(); p++) {
      for (SummarySentence s : b.paragraphs().get(p)) {
        sentences.add(new DigestStory.Sentence(s.text(), s.articleId(), s.start(), s.end(), p));
      }
    }
    Optional<StoredArticle> best = brief.get().readMoreArticle() == null ? Optional.empty()
        : store.article(brief.get().readMoreArticle());
    // A page gone since the brief was written is no place to send a reader either.
    DigestStory.Link readMore = best.map(a -> new DigestStory.Link(a.outlet(), a.readableUrl(), a.linkGone())).orElse(null);
    List<DigestStory.Coverage> outlets = articles.stream()
        .map(a -> new DigestStory.Coverage(a.outlet(), a.readableUrl(), a.title(), a.published(),
            a.published() == null ? a.fetchedAt() : null, a.linkGone(),
            a.timeIsDayOnly() ? DigestStory.Coverage.DAY : null, a.creditedAgency(), a.contributingAgency())).toList();
    List<DigestStory.Related> related = new ArrayList<>();
    for (RelatedStory r : store.related(id)) {
      Optional<StoredBrief> rb = store.brief(r.relatedId());
      Optional<StoryRecord> rr = store.story(r.relatedId());
      if (rb.isEmpty() || rr.isEmpty() || rr.get().mergedInto() != null || apart(record.get(), rr.get())) continue;
      List<SummarySentence> rs = rb.get().brief().sentences();
      // Dated as the related story's own card is (its newest article), so that the line and the card agree.
      Instant relatedLast = rr.map(StoryRecord::lastPublished).orElse(null);
      Instant relatedUpdated = later(relatedLast, store.storyArticlesUpdatedAt(r.relatedId()));
      related.add(new DigestStory.Related(r.relatedId(), rb.get().brief().headline(), rs.isEmpty() ? "" : rs.getFirst().text(),
          relatedUpdated, relatedLast, store.storyFirstSeenAt(r.relatedId(), relatedLast),
          store.storyDayOnlyAt(r.relatedId(), relatedLast) ? DigestStory.Coverage.DAY : null));
    }
    StoryRecord s = record.get();
    return Optional.of(new DigestStory(id, b.headline(), paragraphs, sentences, readMore, outlets, related,
        s.firstPublished(), updated(s, articles), language(best, articles), s.lastPublished()));
  }

  /**
   * Whether two stories lie further apart than related stories may ({@link RelatedStoryFinder.Settings#window()}):
   * a safety net for a stored list that a re-ranking has not reached yet.
   */
  private static boolean apart(StoryRecord a, StoryRecord b) {
    if (a.lastPublished() == null || b.lastPublished() == null) return false;
    return Duration.between(a.lastPublished(), b.lastPublished()).abs().compareTo(RELATED_WINDOW) > 0;
  }

  /**
   * The story's updated time: its newest article's time, or the last correction of one of its
   * articles when later, so that a reader of the feeds out sees a corrected story as changed.
   */
  private static Instant updated(StoryRecord s, List<StoredArticle> articles) {
    Instant updated = s.lastPublished();
    for (StoredArticle a : articles) updated = later(updated, a.updatedAt());
    return updated;
  }

  /** The later of two times, either of which may be null. */
  private static Instant later(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  /** The language of the article read first, else of the first article that has one, as a BCP 47 tag. */
  private static String language(Optional<StoredArticle> best, List<StoredArticle> articles) {
    return Stream.concat(best.stream(), articles.stream()).map(StoredArticle::language).map(DigestBuilder::languageTag)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** {@code language} when it is a well-formed BCP 47 tag, fit for a {@code lang} attribute; else null. */
  public static String languageTag(String language) {
    return language != null && LANGUAGE_TAG.matcher(language).matches() ? language : null;
  }
}
