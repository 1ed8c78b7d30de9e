package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page's empty states say why there is no story and what to do, as {@code newsdesk digest} does. */
class FrontPageStatesTest {
  @TempDir Path dir;
  private FrontPageFixture site;

  @BeforeEach
  void open() {
    site = new FrontPageFixture(dir);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void storiesWaitingForTheirBriefsAreSaidToWaitNotToBeMissing() {
    site.store.addSource("https://example.org/feed.xml", "feed", null, "Example");
    Instant t = Instant.parse("2020-03-02T10:00:00Z");
    site.story("s-1", t, t, false);
    site.story("s-2", t.plusSeconds(60), t.plusSeconds(60), false);
    String text = site.page("/").select("main").text();
    assertThat(text).contains("2 stories wait for their briefs: run newsdesk fetch").doesNotContain("No stories yet");
  }

  @Test
  void sourcesWithNothingFetchedAreSaidToWaitForAFetch() {
    site.store.addSource("https://example.org/feed.xml", "feed", null, "Example");
    assertThat(site.page("/").select("main").text()).contains("Nothing fetched yet").doesNotContain("Add a source");
  }

  @Test
  void noSourceAsksForOne() {
    assertThat(site.page("/").select("main").text()).contains("No stories yet. Add a source");
  }
}
