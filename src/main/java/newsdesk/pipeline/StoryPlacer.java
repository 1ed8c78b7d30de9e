package newsdesk.pipeline;

import java.time.Clock;
import java.util.function.UnaryOperator;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.text.LanguageTags;

/**
 * Places an article with content in a story, for the {@link Admitter} (a new article) and the
 * {@link ArticleUpdater} (one stored before in no story): a copy goes to its original's story
 * ({@link CopyFiler}), any other article to the story the clusterer puts it in, with its entities,
 * moving and merging the stories the clusterer moved and merged ({@link WorkingSet}).
 */
final class StoryPlacer {
  // Under the admitter's name: the lines name their logger (logback.xml), and read as before.
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Admitter.class);

  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final WorkingSet workingSet;
  private final CopyFiler copies;

  StoryPlacer(NewsStore store, Stages stages, Clock clock, StageTimer timer, WorkingSet workingSet, CopyFiler copies) {
    this.store = store;
    this.stages = stages;
    this.clock = clock;
    this.timer = timer;
    this.workingSet = workingSet;
    this.copies = copies;
  }

  /**
   * The analysis of {@code article}, or null when the analyzer fails on it: the article is then
   * stored without language, entities or clustering rather than lost (see {@link #placeInTransaction}).
   */
  AnalyzedDocument analyzeOrNull(StoredArticle article) {
    try {
      return timer.time("cluster", () -> stages.analyzer().analyze(CandidateArticles.document(article)));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("analysis failed on {}; it is stored without entities, in a story of its own when it is new: {}", article.url(),
          Failures.describe(e), e);
      return null;
    }
  }

  /**
   * Places {@code article}, an article with content in no story yet, inside the caller's
   * transaction: a copy of a stored original joins the original's story as its duplicate, any
   * other article the story the clusterer puts it in, with its entities. {@code save} writes the
   * article as placed (story, duplicate, language set) and returns it as stored: an insert for a
   * new article, an update for one stored before without a story ({@link ArticleUpdater}).
   * {@code checkCopies} false skips the duplicate checks (a text too short to tell a copy by).
   *
   * <p>A failing stage degrades the article instead of losing it (a rollback would fail on it
   * again on every poll): without its analysis ({@code analyzed} null) it is stored in a story of
   * its own, without entities; when the clusterer throws, the same, and the working set, whose
   * state the failure left unknown, is rebuilt from the store once the transaction is over.
   * Returns {@link Admitter.Outcome#DUPLICATE} or {@link Admitter.Outcome#ADDED}.
   */
  Admitter.Outcome placeInTransaction(StoredArticle article, AnalyzedDocument analyzed, boolean checkCopies, long[] inner,
      UnaryOperator<StoredArticle> save) {
    Admitter.Outcome copy = !checkCopies ? null : copies.fileIfCopy(article, analyzed, inner, save);
    if (copy != null) return copy;
    StoryAssignment assignment = analyzed == null ? null : clusterOrNull(article, analyzed, inner);
    String storyId = assignment == null ? Ids.story(article.canonicalUrl())
        : workingSet.storyOf(assignment.storyId(), () -> Ids.story(article.canonicalUrl()));
    if (store.story(storyId).isEmpty()) {
      store.insertStory(new StoryRecord(storyId, clock.instant(), article.time(), article.time(), clock.instant(), 0, null));
    }
    String language = analyzed == null ? article.language() : LanguageTags.resolve(article.language(), analyzed.language());
    StoredArticle stored = save.apply(article.withStory(storyId).withLanguage(language));
    if (analyzed != null) {
      store.saveEntities(stored.id(), stages.analyzer().shownEntities(analyzed).stream()
          .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
    }
    store.storyGained(storyId, article.time(), clock.instant());
    if (assignment == null) return Admitter.Outcome.ADDED;
    for (String moved : assignment.moved()) refile(moved, storyId);
    for (String absorbed : assignment.absorbed()) {
      String gone = workingSet.forget(absorbed);
      if (gone != null && !gone.equals(storyId)) store.mergeStory(gone, storyId, clock.instant());
    }
    workingSet.forgetClosedStories(); // after the merges, which read the keys of the stories absorbed
    return Admitter.Outcome.ADDED;
  }

  /** The clusterer's placement of {@code analyzed}, or null when it throws (the working set is then stale). */
  private StoryAssignment clusterOrNull(StoredArticle article, AnalyzedDocument analyzed, long[] inner) {
    try {
      return timer.step("cluster", inner, () -> stages.clusterer().add(analyzed));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("clustering failed on {}; it is stored in a story of its own and the stories in memory are rebuilt: {}",
          article.url(), Failures.describe(e), e);
      workingSet.markStale();
      return null;
    }
  }

  /**
   * Files the stored article {@code publicId}, which the clusterer moved, under {@code storyId}
   * (with its duplicates; both stories are rebriefed). A story the move left empty is marked merged
   * into {@code storyId}, as an absorbed one, and its cluster key now leads to {@code storyId}.
   */
  private void refile(String publicId, String storyId) {
    store.moveArticle(publicId, storyId, clock.instant()).ifPresent(left -> {
      if (store.story(left).map(StoryRecord::mergedInto).isEmpty()) return;
      workingSet.redirect(left, storyId);
    });
  }
}
