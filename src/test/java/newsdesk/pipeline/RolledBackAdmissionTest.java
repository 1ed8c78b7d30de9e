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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admission whose transaction rolls back leaves nothing in memory either: no merge the store
 * did not make, no cluster mapped to a story the store does not have, no document placed twice.
 * The pipeline is kept across runs, as the {@code run} loop keeps it.
 */
class RolledBackAdmissionTest {
  @TempDir Path dir;

  @Test
  void aMergeRolledBackIsMadeWhenTheArticleIsAdmittedAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Beta one", "Alpha two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      TopicClusterer clusterer = new TopicClusterer();
      Pipeline pipeline = pipeline(f, TopicFeeds.failingOnce(f.store, "mergeStory"), clusterer);

      IngestReport first = pipeline.ingest(List.of(source));
      assertThat(first.pageErrors()).anySatisfy(e -> assertThat(e).contains("/a2").contains("not stored"));
      assertThat(TopicFeeds.storyOf(f, "Beta one")).as("the merge was rolled back").isNotEqualTo(TopicFeeds.storyOf(f, "Alpha two"));

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(TopicFeeds.storyOf(f, "Alpha three beta")).isEqualTo(TopicFeeds.storyOf(f, "Alpha two"));
      assertThat(TopicFeeds.storyOf(f, "Beta one")).as("the absorbed story is merged, not left live").isEqualTo(TopicFeeds.storyOf(f, "Alpha two"));
      assertThat(clusterer.placements()).as("each article placed once").doesNotHaveDuplicates();
    }
  }

  @Test
  void aStoryRolledBackWithItsOnlyArticleTakesNoLaterAdmissionDown() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Beta one", "Alpha two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      TopicClusterer clusterer = new TopicClusterer();
      Stages stages = stages(clusterer);
      Pipeline pipeline = new Pipeline(TopicFeeds.failingOnce(f.store, "insertArticle"), f.index, f.fetcher, stages,
          Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE);

      IngestReport first = pipeline.ingest(List.of(source));

      // Only the first article failed: the third, whose placement absorbs the first's cluster,
      // must not fail on a story that was never stored.
      assertThat(first.pageErrors()).filteredOn(e -> e.contains("not stored")).singleElement()
          .satisfies(e -> assertThat(e).contains("/a0"));
      assertThat(f.store.articleCount()).isEqualTo(2);
      assertThat(stages.nearDuplicates().size()).as("no trace of the rolled-back article").isEqualTo(2);

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(stages.nearDuplicates().size()).isEqualTo(3);
      assertThat(clusterer.placements()).as("each article placed once").doesNotHaveDuplicates().hasSize(3);
      assertThat(f.store.story(TopicFeeds.storyOf(f, "Beta one"))).isPresent();
    }
  }

  private static Pipeline pipeline(LoopbackFixture f, NewsStore store, StoryClusterer clusterer) {
    return new Pipeline(store, f.index, f.fetcher, stages(clusterer), Pipeline.Config.defaults(), Clock.systemUTC(),
        Progress.NONE);
  }

  private static Stages stages(StoryClusterer clusterer) {
    Stages s = StandardStages.create();
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
  }

  /**
   * A scripted clusterer: a document joins the story of the topic (alpha, beta, gamma) its headline
   * names first, and absorbs the stories of the other topics it names. A story is keyed by its
   * first document, as {@link newsdesk.cluster.OnlineStoryClusterer} keys them.
   */
  private static final class TopicClusterer extends TopicFeeds.ScriptedClusterer {
    TopicClusterer() {
      super(List.of("alpha", "beta", "gamma"));
    }

    @Override
    public StoryAssignment add(AnalyzedDocument doc) {
      List<String> topics = topicsOf(doc);
      String story = join(doc);
      List<String> absorbed = new ArrayList<>();
      for (String other : topics.subList(1, topics.size())) {
        String gone = storyOfTopic.get(other);
        if (gone == null || gone.equals(story)) continue;
        members.get(story).addAll(members.remove(gone));
        storyOfTopic.replaceAll((t, s) -> s.equals(gone) ? story : s);
        absorbed.add(gone);
      }
      return new StoryAssignment(story, absorbed);
    }

    @Override
    public void restore(AnalyzedDocument doc, String storyId) {
      for (String topic : topicsOf(doc)) storyOfTopic.putIfAbsent(topic, storyId);
      members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(doc.id());
    }
  }
}
