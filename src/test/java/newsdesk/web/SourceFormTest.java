package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused address comes back on the sources page, with why, in the form the reader typed it in. */
class SourceFormTest {
  @TempDir Path dir;

  @Test
  void aRefusedAddressIsShownWithItsErrorAndKeptInTheForm() {
    try (WebFixture f = new WebFixture(dir, null)) {
      Http http = new Http(f.base);
      String csrf = http.logIn(WebFixture.PASSWORD);
      String typed = "ftp://files.example/feed\"><script>x</script>";

      HttpResponse<String> r = http.postForm("/sources", Map.of("url", typed, "csrf", csrf));

      assertThat(r.statusCode()).isEqualTo(400);
      Document page = Jsoup.parse(r.body());
      assertThat(page.select("h1").text()).isEqualTo("Sources");
      assertThat(page.select("#source-error").text()).startsWith("url 'ftp://files.example/feed").contains("is not a valid address");
      assertThat(page.select("#source-url").attr("value")).isEqualTo(typed);
      assertThat(page.select("#source-url").attr("aria-describedby")).isEqualTo("source-error");
      assertThat(page.select("script:containsData(x)")).isEmpty();
      assertThat(page.select("table.sources tbody tr")).isNotEmpty();
      // What the count counts is said: an article is counted for the one feed that stored it first.
      assertThat(page.select("table.sources th").eachText()).contains("Articles stored from this feed");
      assertThat(page.select("#count-note").text()).contains("feed that stored them first");
      assertThat(f.store.sources()).extracting(s -> s.url()).noneMatch(u -> u.startsWith("ftp:"));

      Document again = Jsoup.parse(http.get("/sources").body());
      assertThat(again.select("#source-error")).isEmpty();
      assertThat(again.select("#source-url").attr("value")).isEmpty();
    }
  }

  @Test
  void aCandidateIsTypedByItsFeedFamilyElseByItsKind() {
    java.net.URI u = java.net.URI.create("https://example.org/x");
    assertThat(SourceForm.typeOf(new newsdesk.sources.DiscoveredSource(u, "feed", null, null, "link", null, 1, "rss10"))).isEqualTo("RSS");
    assertThat(SourceForm.typeOf(new newsdesk.sources.DiscoveredSource(u, "feed", null, null, "link", null, 1, "atom03"))).isEqualTo("Atom");
    assertThat(SourceForm.typeOf(new newsdesk.sources.DiscoveredSource(u, "feed", null, null, "link", null, 1, "json11"))).isEqualTo("JSON Feed");
    assertThat(SourceForm.typeOf(new newsdesk.sources.DiscoveredSource(u, "feed", null, null, "given"))).isEqualTo("feed");
    assertThat(SourceForm.typeOf(new newsdesk.sources.DiscoveredSource(u, "sitemap", "News sitemap of example.org", null, "robots", null, 3)))
        .isEqualTo("sitemap");
  }
}
