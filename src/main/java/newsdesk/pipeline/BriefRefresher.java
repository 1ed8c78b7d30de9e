package newsdesk.pipeline;

import java.util.List;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.BestOriginal;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SentenceSplitter;
import newsdesk.summarize.SourceArticle;
import newsdesk.summarize.SummarizerResources;
import newsdesk.summarize.SummarySentence;
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
  private final StoryTexts texts;
  /** Finds the lead sentence of a fallback brief ({@link #saveFallback}). */
  private final SentenceSplitter splitter = new SentenceSplitter(SummarizerResources.english());

  BriefRefresher(NewsStore store, Summarizer summarizer, SummaryLength length, BestOriginal bestOriginal) {
    this.bestOriginal = bestOriginal;
    this.texts = new StoryTexts(bestOriginal);
    this.store = store;
    this.summarizer = summarizer;
    this.length = length;
  }

  /**
   * Recomputes stale briefs, reporting each on {@code progress}; returns the stories briefed. A
   * story whose brief fails (the summarizer throws, a stack overflow on odd text) is logged with
   * its id and left stale, so the next run tries it again; the other stories go on. A story that
   * has no brief at all then gets a fallback ({@link #saveFallback}), as a story without a brief is
   * never ranked: it would stay invisible for as long as the summarizer fails on it. When
   * {@code stopRequested} turns true the refresh ends after the brief at hand; the stories not yet
   * briefed stay stale for the next run.
   */
  List<String> refresh(Progress progress, java.util.function.BooleanSupplier stopRequested) {
    List<StoryRecord> stale = store.storiesNeedingBrief();
    progress.start("Writing briefs", stale.size());
    List<String> briefed = new java.util.ArrayList<>();
    for (int i = 0; i < stale.size(); i++) {
      if (stopRequested.getAsBoolean()) {
        LOG.info("stopped: {} briefs are left for the next run", stale.size() - i);
        break;
      }
      StoryRecord story = stale.get(i);
      progress.advance();
      try {
        brief(story);
        briefed.add(story.id());
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("could not write the brief of story {}; it is tried again on the next run", story.id(), e);
        saveFallback(story);
      }
    }
    progress.finish();
    return briefed;
  }

  /**
   * Writes {@code story}'s brief from its texts (an original with its copies is one text, told
   * through its face, {@link StoryTexts}), headed by the wire report when there is one
   * ({@link BestOriginal#wireReport}) so that headline, lead and "Read more" name the report most
   * outlets carry.
   */
  private void brief(StoryRecord story) {
    List<StoredArticle> members = store.articlesOfStory(story.id());
    List<StoryTexts.Text> told = texts.of(members);
    List<StoredArticle> summarized = told.stream().map(StoryTexts.Text::face).toList();
    String report = bestOriginal.wireReport(readMoreCandidates(told).stream().map(StoryTexts.Text::option).toList())
        .map(BestOriginal.Option::id).orElse(null);
    Brief brief = summarizer.summarize(summarized.stream().map(BriefRefresher::source).toList(), length, report);
    store.saveBrief(new StoredBrief(story.id(), story.version(), brief, readMore(brief, told)));
  }

  /**
   * Saves a fallback brief for {@code story}, whose summarizer failed, when it has no brief at all
   * (a stale brief of an earlier version is a better one, and stays): the title of its earliest
   * original as the headline (its lead sentence when it has no title) and that article's lead
   * sentence, with its provenance, as the body;
   * "Read more" as usual. It is saved one version behind the story, so the story stays among those
   * needing a brief and every run tries the summarizer again, whose brief then replaces it. A
   * fallback that fails too is logged; the story stays without a brief.
   */
  private void saveFallback(StoryRecord story) {
    try {
      if (store.brief(story.id()).isPresent()) return;
      List<StoryTexts.Text> told = texts.of(store.articlesOfStory(story.id()));
      List<StoredArticle> summarized = told.stream().map(StoryTexts.Text::face).toList();
      if (summarized.isEmpty()) return;
      StoredArticle earliest = summarized.stream()
          .min(java.util.Comparator.comparing(StoredArticle::time, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
              .thenComparingLong(StoredArticle::id))
          .orElseThrow();
      List<List<SummarySentence>> body = splitter.split(earliest.text()).stream().limit(1)
          .map(span -> List.of(new SummarySentence(earliest.text().substring(span.start(), span.end()), earliest.publicId(),
              span.start(), span.end())))
          .toList();
      // An untitled article (a micro-blog note) is headed by its lead sentence, as a reader would name it.
      String headline = !earliest.title().isBlank() || body.isEmpty() ? earliest.title() : body.getFirst().getFirst().text();
      Brief brief = new Brief(headline, body, earliest.title().isBlank() ? null : earliest.publicId());
      store.saveBrief(new StoredBrief(story.id(), story.version() - 1, brief, readMore(brief, told)));
      LOG.info("story {} is shown with a fallback brief (headline and lead of {}) until its brief can be written", story.id(),
          earliest.url());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("could not write a fallback brief for story {} either", story.id(), e);
    }
  }

  /** The id of the article "Read more" links for {@code brief}, or null. */
  private Long readMore(Brief brief, List<StoryTexts.Text> told) {
    String lead = brief.sentences().isEmpty() ? null : brief.sentences().getFirst().articleId();
    // The headline's article first, so that the headline and "Read more" name one report (BestOriginal).
    List<StoryTexts.Text> candidates = readMoreCandidates(told);
    return bestOriginal.choose(candidates.stream().map(StoryTexts.Text::option).toList(), brief.headlineArticleId(), lead)
        .flatMap(o -> candidates.stream().map(StoryTexts.Text::face).filter(a -> a.publicId().equals(o.id())).findFirst())
        .map(StoredArticle::id).orElse(null);
  }

  /**
   * The texts "Read more" chooses among: those whose face has a live link (a face is an original,
   * or a copy that reads the same report when the original's page is gone, {@link StoryTexts});
   * when none has one (a feed entry without a link, a page that answered 404 or 410), every text,
   * named without a link ("From outlet").
   */
  private static List<StoryTexts.Text> readMoreCandidates(List<StoryTexts.Text> told) {
    List<StoryTexts.Text> live = told.stream().filter(t -> t.face().readableUrl() != null).toList();
    return live.isEmpty() ? told : live;
  }

  private static SourceArticle source(StoredArticle a) {
    return new SourceArticle(a.publicId(), a.title(), a.text(), a.outlet(), a.published());
  }
}
