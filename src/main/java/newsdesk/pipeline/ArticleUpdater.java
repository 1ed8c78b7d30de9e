package newsdesk.pipeline;

import java.time.Clock;
import java.util.Objects;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.dedup.ContentHash;
import newsdesk.dedup.ContentVerdict;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.summarize.AgencyCredits;

/**
 * Rewrites a stored article from its entry read again: a corrected feed entry, a gone page
 * rechecked, a page that failed for a while read again (see {@link EntryTriage}, {@link DeadLinks}).
 * Each update is one transaction. An article in a story keeps it and is not clustered again; one
 * stored in no story (its page had no content) whose new text has content is placed by the
 * {@link StoryPlacer} in the same transaction, and the {@link WorkingSet} is rebuilt if it rolls back.
 */
final class ArticleUpdater {
  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final CandidateArticles articles;
  private final WorkingSet workingSet;
  private final StoryPlacer placer;

  /**
   * @param workingSet the working set {@code placer} places in (shared with the {@link Admitter})
   * @param placer     places an article stored in no story once its new text has content
   */
  ArticleUpdater(NewsStore store, Stages stages, Clock clock, StageTimer timer, CandidateArticles articles,
      WorkingSet workingSet, StoryPlacer placer) {
    this.store = Objects.requireNonNull(store, "store");
    this.stages = Objects.requireNonNull(stages, "stages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.workingSet = Objects.requireNonNull(workingSet, "workingSet");
    this.placer = Objects.requireNonNull(placer, "placer");
  }

  /**
   * Rewrites {@code known}, the article stored from {@code c}'s entry, from the entry's new version
   * (see {@link EntryVersions}): title, description, text and entities, in one transaction that
   * also marks it for re-indexing and bumps its story's version, so that the next briefing rewrites
   * the brief. The article keeps its id, URLs and story (no re-clustering: a corrected headline is
   * the same event); an article in no story whose new text has content is placed in one as a new
   * article would be ({@link StoryPlacer#placeInTransaction}). When the page cannot be read this time,
   * a text read from the page before is kept rather than replaced by the feed's shorter one. What the page answered is recorded: a page
   * read clears a gone mark (the page came back), a 404 or 410 sets it, a transient failure leaves it;
   * a mark that moves re-briefs the story too, as its "Read more" may have to move. A transient
   * failure that leaves the feed's text counts one more read of the page again
   * ({@link DeadLinks#retries}); anything else ends those reads. This is also how a page that failed
   * for a while and reads now replaces the feed's text. Returns
   * {@link Admitter.Outcome#UPDATED}, or {@link Admitter.Outcome#ALREADY_STORED} when title, text,
   * description and gone mark came out as they were (the new version is recorded either way, so the
   * entry is not read again).
   */
  Admitter.Outcome update(Candidate c, StoredArticle known) {
    Candidate usable = articles.withUsableText(c);
    StoredArticle fresh = articles.article(usable, known.canonicalUrl());
    boolean pageLost = CandidateArticles.FEED.equals(usable.textSource()) && "page".equals(known.textSource());
    String text = pageLost ? known.text() : fresh.text();
    String textSource = pageLost ? known.textSource() : fresh.textSource();
    String title = fresh.title().isBlank() ? known.title() : fresh.title();
    String description = fresh.description() != null ? fresh.description() : known.description();
    boolean changed = !title.equals(known.title()) || !text.equals(known.text())
        || !Objects.equals(description, known.description());
    boolean gone = switch (c.link()) {
      case LIVE -> false;
      case GONE -> true;
      case FAILED, UNKNOWN -> known.linkGone();
    };
    boolean retry = CandidateArticles.retryPage(c, textSource);
    StoredArticle rewritten = known.withContent(title, description, text, textSource, ContentHash.of(text));
    // An article stored in no story (its page had no content when first read) whose new text has
    // some is placed as a new article would be; one in a story keeps it (a correction is the same event).
    ContentVerdict verdict = changed && known.storyId() == null && known.duplicateOf() == null
        ? timer.time("dedup", () -> stages.contentCheck().check(rewritten.text())) : null;
    boolean place = verdict != null && Admitter.hasContent(verdict, rewritten.title());
    AnalyzedDocument analyzed = place || changed && known.storyId() != null ? placer.analyzeOrNull(rewritten) : null;
    long start = System.nanoTime();
    long[] inner = new long[1];
    java.util.function.Supplier<Admitter.Outcome> transaction = () -> store.inTransaction(() -> {
      store.saveEntryVersion(known.id(), EntryVersions.of(c.entry()));
      boolean markMoved = store.savePageStatus(known.id(), c.pageStatus(), gone, clock.instant());
      Integer retried = store.pageRetries(known.id());
      store.savePageRetries(known.id(), !retry ? null : retried == null ? 0 : retried + 1);
      if (!changed) {
        if (markMoved && known.storyId() != null) store.storyChanged(known.storyId(), clock.instant());
        return markMoved ? Admitter.Outcome.UPDATED : Admitter.Outcome.ALREADY_STORED;
      }
      store.updateArticleContent(known.id(), rewritten.title(), rewritten.description(), rewritten.text(),
          rewritten.textSource(), rewritten.contentHash(), clock.instant());
      // A corrected text may add or lose its dateline: read as the new text says (an article stored
      // before V21 gets its credits here too).
      AgencyCredits.Credit credit = stages.bestOriginal().credits().credit(known.outlet(), rewritten.text(), known.authors());
      store.saveAgencyCredits(known.id(), credit.reportOf(), credit.contributor());
      if (place) {
        placer.placeInTransaction(rewritten, analyzed, !Admitter.isShort(verdict, rewritten.title()), inner, a -> {
          store.fileArticle(a.id(), a.storyId(), a.duplicateOf(), a.language());
          return a;
        });
        return Admitter.Outcome.UPDATED;
      }
      if (analyzed != null) {
        store.saveEntities(known.id(), stages.analyzer().shownEntities(analyzed).stream()
            .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
      }
      if (known.storyId() != null) store.storyChanged(known.storyId(), clock.instant());
      return Admitter.Outcome.UPDATED;
    });
    try {
      return place ? workingSet.changingWorkingSet(transaction) : transaction.get();
    } finally {
      timer.add("store", System.nanoTime() - start - inner[0]);
    }
  }
}
