package newsdesk.pipeline;

import java.util.List;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.BestOriginal;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SourceArticle;
import newsdesk.summarize.Summarizer;
import newsdesk.summarize.SummaryLength;

/**
 * Writes the brief of every story whose membership changed since its brief was computed: briefs
 * are cached per story version and computed once per version.
 */
final class BriefRefresher {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BriefRefresher.class);
  private final NewsStore store;
  private final Summarizer summarizer;
  private final SummaryLength length;
  private final BestOriginal bestOriginal;

  BriefRefresher(NewsStore store, Summarizer summarizer, SummaryLength length, BestOriginal bestOriginal) {
    this.bestOriginal = bestOriginal;
    this.store = store;
    this.summarizer = summarizer;
    this.length = length;
  }

  /**
   * Recomputes stale briefs, reporting each on {@code progress}; returns the stories briefed. A
   * story whose brief fails (the summarizer throws, a stack overflow on odd text) is logged with
   * its id and left stale, so the next run tries it again; the other stories go on.
   */
  List<String> refresh(Progress progress) {
    List<StoryRecord> stale = store.storiesNeedingBrief();
    progress.start("Writing briefs", stale.size());
    List<String> briefed = new java.util.ArrayList<>();
    for (StoryRecord story : stale) {
      progress.advance();
      try {
        brief(story);
        briefed.add(story.id());
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("could not write the brief of story {}; it is tried again on the next run", story.id(), e);
      }
    }
    progress.finish();
    return briefed;
  }

  private void brief(StoryRecord story) {
    List<StoredArticle> members = store.articlesOfStory(story.id());
    List<StoredArticle> originals = members.stream().filter(a -> a.duplicateOf() == null).toList();
    List<SourceArticle> sources = (originals.isEmpty() ? members : originals).stream()
        .map(a -> new SourceArticle(a.publicId(), a.title(), a.text(), a.outlet(), a.published())).toList();
    Brief brief = summarizer.summarize(sources, length);
    // Copies are left out, so "Read more" always names an original; and an article with a link
    // is preferred to one without (a link-less feed entry has nowhere to send the reader).
    java.util.Set<String> linked = (originals.isEmpty() ? members : originals).stream()
        .filter(a -> !a.url().isBlank()).map(StoredArticle::publicId).collect(java.util.stream.Collectors.toSet());
    List<SourceArticle> readable = sources.stream().filter(a -> linked.contains(a.id())).toList();
    String lead = brief.sentences().isEmpty() ? null : brief.sentences().getFirst().articleId();
    // The headline's article first, so that the headline and "Read more" name one report (BestOriginal).
    Long readMore = bestOriginal.chooseArticle(readable.isEmpty() ? sources : readable, brief.headlineArticleId(), lead)
        .flatMap(a -> members.stream().filter(m -> m.publicId().equals(a.id())).findFirst())
        .map(StoredArticle::id).orElse(null);
    store.saveBrief(new StoredBrief(story.id(), story.version(), brief, readMore));
  }
}
