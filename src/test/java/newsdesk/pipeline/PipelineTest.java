package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  @TempDir Path dir;

  @Test
  void ingestsASiteIntoStoriesWithTraceableBriefs() {
    try (DemoFixture f = new DemoFixture(dir)) {
      List<Source> sources = f.subscribe("science", "disasters");
      IngestReport report = f.pipeline().ingest(sources);
      int expected = (int) f.corpus.articles().stream()
          .filter(a -> List.of("Science and technology", "Health", "Disasters and accidents").contains(a.section())).count();
      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.added()).isEqualTo(expected);
      assertThat(f.store.articleCount()).isEqualTo(expected);
      List<StoryRecord> stories = f.store.storiesUpdatedBetween(java.time.Instant.EPOCH, java.time.Instant.now(), 1000);
      assertThat(stories).isNotEmpty().hasSizeLessThanOrEqualTo(expected);
      for (StoryRecord story : stories) {
        StoredBrief brief = f.store.brief(story.id()).orElseThrow();
        assertThat(brief.storyVersion()).isEqualTo(story.version());
        assertThat(brief.brief().headline()).isNotBlank();
        assertThat(brief.brief().sentences()).isNotEmpty();
        for (SummarySentence s : brief.brief().sentences()) {
          StoredArticle source = f.store.articleByPublicId(s.articleId()).orElseThrow();
          assertThat(source.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        StoredArticle readMore = f.store.article(brief.readMoreArticle()).orElseThrow();
        assertThat(readMore.url()).startsWith("https://en.wikinews.org/wiki/");
        assertThat(readMore.outlet()).isEqualTo("Wikinews");
      }
      int withRelated = 0;
      for (StoryRecord story : stories) {
        var related = f.store.related(story.id());
        if (!related.isEmpty()) withRelated++;
        assertThat(related).hasSizeLessThanOrEqualTo(5);
        for (var r : related) {
          StoryRecord other = f.store.story(r.relatedId()).orElseThrow();
          assertThat(other.id()).isNotEqualTo(story.id());
          assertThat(other.mergedInto()).isNull();
          assertThat(java.time.Duration.between(other.lastPublished(), story.lastPublished()).abs())
              .isLessThanOrEqualTo(java.time.Duration.ofDays(14));
        }
      }
      assertThat(withRelated).as("stories with related stories").isPositive();
      assertThat(f.index.size()).isEqualTo(expected);
      assertThat(f.store.articlesAfter(0, 1000)).allSatisfy(a -> {
        assertThat(a.textSource()).isEqualTo("page");
        assertThat(a.canonicalUrl()).startsWith("https://en.wikinews.org/wiki/");
        assertThat(a.published()).isNotNull();
      });
    }
  }

  @Test
  void ingestingTheSameFeedsAgainAddsNothing() {
    try (DemoFixture f = new DemoFixture(dir)) {
      List<Source> sources = f.subscribe("science", "latest");
      IngestReport first = f.pipeline().ingest(sources);
      long articles = f.store.articleCount();
      assertThat(first.added()).isEqualTo(291);
      // The science feed lists articles of the latest feed: repeats within the run, not stored ones.
      assertThat(first.skipped()).isZero();
      assertThat(first.repeated()).isPositive().isEqualTo(first.entriesSeen() - 291);
      IngestReport second = f.pipeline().ingest(f.store.sources());
      assertThat(second.added()).isZero();
      assertThat(second.skipped() + second.repeated()).isEqualTo(second.entriesSeen());
      assertThat(second.skipped()).isPositive();
      assertThat(second.storiesBriefed()).isZero();
      assertThat(f.store.articleCount()).isEqualTo(articles);
    }
  }

  @Test
  void aBadSourceIsReportedWithItsReasonAndTheOthersGoOn() {
    try (DemoFixture f = new DemoFixture(dir)) {
      Source good = f.subscribe("science").getFirst();
      Source missing = f.store.addSource(f.site.baseUrl().resolve("feeds/gone.xml").toString(), "feed", null, null);
      Source unreachable = f.store.addSource("http://127.0.0.1:9/feed.xml", "feed", null, null);
      Source notAFeed = f.store.addSource(f.site.baseUrl().toString(), "feed", null, null);
      IngestReport report = f.pipeline().ingest(List.of(missing, unreachable, notAFeed, good));
      assertThat(report.sourceErrors()).containsOnlyKeys(missing.url(), unreachable.url(), notAFeed.url());
      assertThat(report.sourceErrors().get(missing.url())).contains("404");
      assertThat(report.added()).isPositive();
      Source failed = f.store.source(missing.id()).orElseThrow();
      assertThat(failed.failing()).isTrue();
      assertThat(failed.lastError()).contains("404");
      assertThat(failed.nextFetchAt()).isAfter(failed.lastFetchAt());
      assertThat(f.store.source(good.id()).orElseThrow().failing()).isFalse();
    }
  }
}
