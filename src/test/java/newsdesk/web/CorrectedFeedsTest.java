package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.StandardFeedParser;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected article (an entry rewritten from its feed) is updated in the feeds out, and so is its story. */
class CorrectedFeedsTest {
  private static final Instant CORRECTED = WebFixture.T.plusSeconds(86_400);

  @TempDir Path dir;

  private static Feed atom(WebFixture f, Http http, String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return new StandardFeedParser().parse(r.body().getBytes(StandardCharsets.UTF_8), "application/atom+xml", f.uri(path));
  }

  private static FeedEntry entry(Feed feed, String idPart) {
    return feed.entries().stream().filter(e -> e.id().contains(idPart)).findFirst().orElseThrow();
  }

  @Test
  void aCorrectionMovesTheUpdatedTimeOfItsSearchEntryAndOfItsStory() throws Exception {
    try (WebFixture f = new WebFixture(dir, "https://news.example.org/")) {
      Http http = new Http(f.base);
      long search = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Ash", "ash", null, null, null, null, WebFixture.T)).id();
      String searchFeed = "/feeds/searches/" + search + ".atom";
      StoredArticle ash = f.store.articleByPublicId("a-a1").orElseThrow();
      assertThat(entry(atom(f, http, searchFeed), "a-a1").updated()).isEqualTo(ash.published());
      assertThat(entry(atom(f, http, "/feeds/digest.atom"), "s-ash").updated()).isEqualTo(ash.published());

      String corrected = "The ash cloud grounded flights across southern Italy on Tuesday and Wednesday.";
      f.store.updateArticleContent(ash.id(), ash.title(), ash.description(), corrected, ash.textSource(), "hash-a-a1b", CORRECTED);
      f.store.storyChanged("s-ash", CORRECTED);
      // As the next briefing does: the story's brief is rewritten for its new version.
      var brief = f.store.brief("s-ash").orElseThrow();
      f.store.saveBrief(new newsdesk.store.StoredBrief("s-ash", 2, brief.brief(), brief.readMoreArticle()));

      StoredArticle after = f.store.articleByPublicId("a-a1").orElseThrow();
      assertThat(after.published()).as("the publication time stays").isEqualTo(ash.published());
      assertThat(after.updated()).isEqualTo(CORRECTED);
      assertThat(entry(atom(f, http, searchFeed), "a-a1").updated()).isEqualTo(CORRECTED);
      FeedEntry story = entry(atom(f, http, "/feeds/digest.atom"), "s-ash");
      assertThat(story.updated()).isEqualTo(CORRECTED);
      assertThat(story.published()).isEqualTo(ash.published());
    }
  }
}
