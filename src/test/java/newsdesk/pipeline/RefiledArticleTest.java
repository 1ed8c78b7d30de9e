package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.StoryRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles the clusterer moves after their placement ({@link StoryAssignment#moved()}) are filed
 * under their new story in the store: both stories are rebriefed, a story left empty disappears as
 * an absorbed one does, and a move rolled back with its admission is made again when the article
 * that caused it is admitted again.
 */
class RefiledArticleTest {
  @TempDir Path dir;

  @Test
  void aMovedArticleIsRefiledAndBothStoriesAreRebriefed() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Beta three");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      Pipeline pipeline = pipeline(f, f.store, clusterer);
      pipeline.ingest(List.of(source));
      String alpha = TopicFeeds.storyOf(f, "Alpha one");
      String beta = TopicFeeds.storyOf(f, "Beta two");
      int alphaVersion = f.store.story(alpha).orElseThrow().version();
      int betaVersion = f.store.story(beta).orElseThrow().version();

      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Beta three", "Alpha four beta");
      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(TopicFeeds.storyOf(f, "Alpha four beta")).isEqualTo(alpha);
      assertThat(TopicFeeds.storyOf(f, "Beta three")).as("moved by the clusterer").isEqualTo(alpha);
      assertThat(TopicFeeds.storyOf(f, "Beta two")).isEqualTo(beta);
      StoryRecord left = f.store.story(beta).orElseThrow();
      assertThat(left.mergedInto()).as("a story that keeps an article stays").isNull();
      assertThat(left.version()).isGreaterThan(betaVersion);
      assertThat(left.lastPublished()).as("its span is its remaining article's")
          .isEqualTo(TopicFeeds.article(f, "Beta two").published());
      assertThat(f.store.story(alpha).orElseThrow().version()).isGreaterThan(alphaVersion);
      assertThat(f.store.storiesNeedingBrief()).as("both briefed again by the ingest").isEmpty();
    }
  }

  @Test
  void aStoryLeftEmptyDisappearsLikeAnAbsorbedOne() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      pipeline(f, f.store, clusterer).ingest(List.of(source));

      String alpha = TopicFeeds.storyOf(f, "Alpha one");
      assertThat(TopicFeeds.storyOf(f, "Beta two")).isEqualTo(alpha);
      String beta = Ids.story(TopicFeeds.article(f, "Beta two").canonicalUrl());
      assertThat(f.store.story(beta).orElseThrow().mergedInto()).isEqualTo(alpha);
      assertThat(f.store.storiesUpdatedBetween(java.time.Instant.EPOCH, java.time.Instant.now(), 10))
          .extracting(StoryRecord::id).containsExactly(alpha);
    }
  }

  @Test
  void aMoveRolledBackIsMadeWhenTheArticleIsAdmittedAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Beta three", "Alpha four beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      Pipeline pipeline = pipeline(f, TopicFeeds.failingOnce(f.store, "moveArticle"), clusterer);

      IngestReport first = pipeline.ingest(List.of(source));
      assertThat(first.pageErrors()).anySatisfy(e -> assertThat(e).contains("/a3").contains("not stored"));
      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(TopicFeeds.storyOf(f, "Beta three")).as("the move was rolled back").isEqualTo(TopicFeeds.storyOf(f, "Beta two"));

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(4);
      assertThat(TopicFeeds.storyOf(f, "Beta three")).isEqualTo(TopicFeeds.storyOf(f, "Alpha one"));
      assertThat(TopicFeeds.storyOf(f, "Beta two")).isNotEqualTo(TopicFeeds.storyOf(f, "Alpha one"));
      assertThat(clusterer.placements()).as("each article held once").doesNotHaveDuplicates().hasSize(4);
    }
  }

  private static Pipeline pipeline(LoopbackFixture f, NewsStore store, StoryClusterer clusterer) {
    Stages s = StandardStages.create();
    Stages stages = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
    return new Pipeline(store, f.index, f.fetcher, stages, Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE);
  }

  /**
   * A scripted clusterer: a document joins the story of the topic (alpha, beta) its headline names
   * first, and moves the newest member of the story of each other topic it names into its own story
   * (a story may be left empty, which {@link newsdesk.cluster.OnlineStoryClusterer} never does).
   * Stories are keyed by their first document.
   */
  private static final class MovingClusterer extends TopicFeeds.ScriptedClusterer {
    MovingClusterer() {
      super(List.of("alpha", "beta"));
    }

    @Override
    public StoryAssignment add(AnalyzedDocument doc) {
      List<String> topics = topicsOf(doc);
      String story = join(doc);
      List<String> moved = new ArrayList<>();
      for (String other : topics.subList(1, topics.size())) {
        List<String> from = members.get(storyOfTopic.get(other));
        if (from == null || from.isEmpty()) continue;
        String member = from.removeLast();
        members.get(story).add(member);
        moved.add(member);
      }
      return new StoryAssignment(story, List.of(), moved);
    }

    @Override
    public void restore(AnalyzedDocument doc, String storyId) {
      storyOfTopic.putIfAbsent(topicsOf(doc).getFirst(), storyId);
      members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(doc.id());
    }
  }
}
