package newsdesk.pipeline;

import java.time.Clock;
import java.util.Objects;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.dedup.ContentHash;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;

/**
 * Rewrites a stored article from its entry read again: a corrected feed entry, a gone page
 * rechecked, a page that failed for a while read again (see {@link EntryTriage}, {@link DeadLinks}).
 * Each update is one transaction; it touches no working set in memory (the article keeps its story
 * and is not clustered again), so a rolled back update leaves nothing to rebuild.
 */
final class ArticleUpdater {
  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final CandidateArticles articles;

  ArticleUpdater(NewsStore store, Stages stages, Clock clock, StageTimer timer, CandidateArticles articles) {
    this.store = Objects.requireNonNull(store, "store");
    this.stages = Objects.requireNonNull(stages, "stages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.articles = Objects.requireNonNull(articles, "articles");
  }

  /**
   * Rewrites {@code known}, the article stored from {@code c}'s entry, from the entry's new version
   * (see {@link EntryVersions}): title, description, text and entities, in one transaction that
   * also marks it for re-indexing and bumps its story's version, so that the next briefing rewrites
   * the brief. The article keeps its id, URLs and story (no re-clustering: a corrected headline is
   * the same event). When the page cannot be read this time, a text read from the page before is
   * kept rather than replaced by the feed's shorter one. What the page answered is recorded: a page
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
    AnalyzedDocument analyzed = changed && known.storyId() != null
        ? timer.time("cluster", () -> stages.analyzer().analyze(CandidateArticles.document(rewritten))) : null;
    long start = System.nanoTime();
    try {
      return store.inTransaction(() -> {
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
        if (analyzed != null) {
          store.saveEntities(known.id(), stages.analyzer().shownEntities(analyzed).stream()
              .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
        }
        if (known.storyId() != null) store.storyChanged(known.storyId(), clock.instant());
        return Admitter.Outcome.UPDATED;
      });
    } finally {
      timer.add("store", System.nanoTime() - start);
    }
  }
}
