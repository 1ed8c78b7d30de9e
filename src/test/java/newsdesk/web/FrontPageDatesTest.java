package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page's dates (first seen, valid {@code datetime}) and a page far past its end. */
class FrontPageDatesTest {
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
  void anUndatedStoryIsLabelledFirstSeenAndTimesCarryWholeSeconds() {
    Instant dated = Instant.parse("2020-03-02T10:00:00.123456789Z");
    site.story("s-dated", dated, dated, true);
    site.story("s-undated", null, Instant.parse("2020-03-02T11:00:00.987654321Z"), true);
    Document page = site.page("/");
    assertThat(page.select("#story-s-undated time").text()).isEqualTo("first seen 2020-03-02");
    assertThat(page.select("#story-s-dated time").text()).isEqualTo("2020-03-02");
    assertThat(page.select("time").eachAttr("datetime")).containsExactlyInAnyOrder("2020-03-02T10:00:00Z", "2020-03-02T11:00:00Z");
  }

  @Test
  void aPageFarPastTheEndIsEmptyWithALinkBackAndOnlyBadNumbersAreRefused() {
    Instant t = Instant.parse("2020-03-02T10:00:00Z");
    site.story("s-1", t, t, true);
    for (String p : List.of("99999", "99999999999999999999")) {
      Document page = site.page("/?page=" + p);
      assertThat(site.http().get("/?page=" + p).statusCode()).as(p).isEqualTo(200);
      assertThat(page.select("article.card")).isEmpty();
      assertThat(page.select("main .notice a").attr("href")).isEqualTo("/");
    }
    for (String p : List.of("-1", "two", "1.5", "")) {
      assertThat(site.http().get("/?page=" + p).statusCode()).as(p).isEqualTo(400);
    }
  }
}
