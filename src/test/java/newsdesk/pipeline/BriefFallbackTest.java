package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.SummarySentence;
import newsdesk.summarize.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose summarizer fails still gets a brief, or it would never be ranked (stories without
 * one are not) and stay invisible for as long as the summarizer fails on it: the headline of its
 * earliest original and that article's lead sentence, with provenance and "Read more" as usual,
 * saved one version behind the story, so that every run tries the summarizer again.
 */
class BriefFallbackTest {
  @TempDir Path dir;

  @Test
  void aStoryTheSummarizerAlwaysFailsOnGetsAFallbackBriefThatIsRetried() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      Summarizer standard = StandardStages.create().summarizer();
      Summarizer failing = (articles, length) -> {
        if (articles.stream().anyMatch(a -> a.title().startsWith("Beta"))) throw new IllegalStateException("summarizer bug (simulated)");
        return standard.summarize(articles, length);
      };

      IngestReport first = f.pipeline(withSummarizer(failing)).ingest(List.of(source));

      StoredArticle beta = TopicFeeds.article(f, "Beta two");
      StoryRecord story = f.store.story(beta.storyId()).orElseThrow();
      StoredBrief fallback = f.store.brief(story.id()).orElseThrow(() -> new AssertionError("no fallback brief"));
      assertThat(fallback.brief().headline()).isEqualTo("Beta two");
      assertThat(fallback.brief().headlineArticleId()).isEqualTo(beta.publicId());
      SummarySentence lead = fallback.brief().sentences().getFirst();
      assertThat(fallback.brief().sentences()).hasSize(1);
      assertThat(lead.articleId()).isEqualTo(beta.publicId());
      assertThat(lead.text()).isEqualTo(beta.text().substring(lead.start(), lead.end())).startsWith("The symphony orchestra");
      assertThat(lead.start()).isZero();
      assertThat(fallback.readMoreArticle()).isEqualTo(beta.id());
      assertThat(fallback.storyVersion()).as("behind its story: retried").isLessThan(story.version());
      assertThat(f.store.storiesNeedingBrief()).extracting(StoryRecord::id).containsExactly(story.id());
      assertThat(first.storiesBriefed()).as("a fallback is no brief written").isEqualTo(1);
      assertThat(f.store.rankingCandidates(java.time.Instant.EPOCH, 10)).as("ranked, so shown")
          .anySatisfy(c -> assertThat(c.record().id()).isEqualTo(story.id()));

      // Failing again, the fallback stays as it is; once the summarizer works, the real brief replaces it.
      f.pipeline(withSummarizer(failing)).ingest(f.store.sources());
      assertThat(f.store.brief(story.id()).orElseThrow()).isEqualTo(fallback);
      IngestReport fixed = f.pipeline(StandardStages.create()).ingest(f.store.sources());
      assertThat(fixed.storiesBriefed()).isEqualTo(1);
      assertThat(f.store.brief(story.id()).orElseThrow().storyVersion()).isEqualTo(story.version());
      assertThat(f.store.storiesNeedingBrief()).isEmpty();
    }
  }

  @Test
  void anUntitledArticleGivesItsFallbackBriefItsLeadSentenceAsTheHeadline() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Valley Notes\",\"items\":["
          + "{\"id\":\"park\",\"date_published\":\"2026-11-02T10:00:00Z\",\"content_text\":\"Voters in Elmshaven approved"
          + " a plan to turn the old gasworks into a park. The vote was close.\"}]}";
      f.server.route("/feed.json", newsdesk.fetch.LocalServer.text(200, "application/feed+json", json));
      Source source = f.store.addSource(f.server.url("/feed.json").toString(), "feed", null, null);
      Summarizer failing = (articles, length) -> {
        throw new IllegalStateException("summarizer bug (simulated)");
      };

      f.pipeline(withSummarizer(failing)).ingest(List.of(source));

      StoredArticle park = f.store.articlesAfter(0, 10).getFirst();
      StoredBrief fallback = f.store.brief(park.storyId()).orElseThrow(() -> new AssertionError("no fallback brief"));
      assertThat(fallback.brief().headline()).isEqualTo("Voters in Elmshaven approved a plan to turn the old gasworks into a park.");
    }
  }

  private static Stages withSummarizer(Summarizer summarizer) {
    Stages s = StandardStages.create();
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(), s.analyzer(),
        s.clusterer(), summarizer, s.bestOriginal(), s.related());
  }
}
