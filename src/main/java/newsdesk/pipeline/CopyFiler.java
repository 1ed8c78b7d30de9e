package newsdesk.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.text.LanguageTags;

/**
 * Files an article that copies a stored original, inside the caller's transaction
 * ({@link StoryPlacer#placeInTransaction}): an exact or near duplicate joins the original's story
 * as its copy, unless the original was itself a copy that declared the newcomer its
 * {@code rel=canonical}; the newcomer then becomes the original in its place
 * ({@link #replaceOriginal}).
 */
final class CopyFiler {
  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;

  CopyFiler(NewsStore store, Stages stages, Clock clock, StageTimer timer) {
    this.store = store;
    this.stages = stages;
    this.clock = clock;
    this.timer = timer;
  }

  /**
   * Files {@code article}, an article with content in no story yet, as a copy when it copies a stored
   * original: one of the same content hash, or the near duplicate the index (to which the article is
   * added) names. {@code save} writes the article as filed and returns it as stored (see
   * {@link StoryPlacer#placeInTransaction}). Returns {@link Admitter.Outcome#DUPLICATE}, or
   * {@link Admitter.Outcome#ADDED} when the article replaced the original, or null when it copies none.
   */
  Admitter.Outcome fileIfCopy(StoredArticle article, AnalyzedDocument analyzed, long[] inner,
      UnaryOperator<StoredArticle> save) {
    Optional<StoredArticle> original = timer.step("dedup", inner, () -> store.originalByContentHash(article.contentHash())
        .filter(o -> o.id() != article.id())
        .or(() -> stages.nearDuplicates().add(article.publicId(), WorkingSet.dedupText(article)).flatMap(store::articleByPublicId)));
    if (original.isEmpty()) return null;
    // The near-duplicate index still names an original that a later one replaced (below).
    StoredArticle o = original.get().duplicateOf() == null ? original.get()
        : store.article(original.get().duplicateOf()).orElse(original.get());
    if (o.storyId() != null && o.declaredCanonical() != null && CandidateArticles.sameAddress(o.declaredCanonical(), article.canonicalUrl())) {
      return replaceOriginal(o, article, analyzed, save);
    }
    save.apply(article.withDuplicateOf(o.id()).withStory(o.storyId()));
    if (o.storyId() != null) store.storyGained(o.storyId(), article.time(), clock.instant());
    return Admitter.Outcome.DUPLICATE;
  }

  /**
   * Stores {@code article} as the original of {@code copy}'s story in its place: the copy, stored
   * first, declared {@code article} its canonical (a syndicated copy naming the report it carries),
   * so the copy and its own copies become {@code article}'s copies, "Read more" goes to
   * {@code article}, and both outlets stay in the story. The story's entities are the original's,
   * as for any copy. The clusterer keeps the copy's words for the story, the same words; a rebuild
   * restores the original's.
   */
  private Admitter.Outcome replaceOriginal(StoredArticle copy, StoredArticle article, AnalyzedDocument analyzed,
      UnaryOperator<StoredArticle> save) {
    String language = analyzed == null ? article.language() : LanguageTags.resolve(article.language(), analyzed.language());
    StoredArticle stored = save.apply(article.withDuplicateOf(null).withStory(copy.storyId()).withLanguage(language));
    store.becomeCopiesOf(copy.id(), stored.id());
    if (analyzed != null) {
      store.saveEntities(stored.id(), stages.analyzer().shownEntities(analyzed).stream()
          .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
      store.saveEntities(copy.id(), List.of());
    }
    store.storyGained(copy.storyId(), article.time(), clock.instant());
    return Admitter.Outcome.ADDED;
  }
}
