package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import newsdesk.fetch.FetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * robots.txt is obeyed at every hop of a page fetch, not only at the URL asked for: a redirect
 * (to another site, or within one) cannot lead the fetcher to a page the target's robots.txt
 * disallows. Feeds, which the user subscribed to, still ignore robots.txt at every hop.
 */
class RobotsOnRedirectTest {
  private final LocalServer origin = new LocalServer();
  private final LocalServer target = new LocalServer();

  @AfterEach
  void stop() {
    origin.close();
    target.close();
  }

  @Test
  void aRedirectToAPageAnotherSiteDisallowsIsRefusedNamingThatPage() {
    URI disallowed = target.url("/private/story");
    origin.route("/story", LocalServer.redirect(302, disallowed.toString()));
    target.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    target.route("/private/story", LocalServer.text(200, "text/html", "<p>secret</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(origin.url("/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.ROBOTS);
            assertThat(e.url()).isEqualTo(disallowed);
            assertThat(e.reasonFor(origin.url("/story"))).contains(disallowed.toString()).contains("disallows");
          });
    }
    assertThat(target.count("/robots.txt")).isEqualTo(1);
    assertThat(target.count("/private/story")).isZero();
  }

  @Test
  void aRedirectWithinASiteToADisallowedPathIsRefused() {
    origin.route("/public/story", LocalServer.redirect(301, "/private/story"));
    origin.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    origin.route("/private/story", LocalServer.text(200, "text/html", "<p>secret</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(origin.url("/public/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ROBOTS));
    }
    assertThat(origin.count("/private/story")).isZero();
  }

  @Test
  void anUnreadableRobotsTxtAtTheTargetHoldsThePageBack() {
    origin.route("/story", LocalServer.redirect(302, target.url("/story").toString()));
    target.route("/robots.txt", LocalServer.text(503, "text/plain", "down"));
    target.route("/story", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(origin.url("/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ROBOTS_UNAVAILABLE));
    }
    assertThat(target.count("/story")).isZero();
  }

  @Test
  void aRedirectToAnAllowedPageOfAnotherSiteIsFollowedAndItsRobotsTxtRead() throws Exception {
    origin.route("/story", LocalServer.redirect(302, target.url("/story").toString()));
    target.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    target.route("/story", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.testConfig())) {
      FetchResponse r = fetcher.getPage(origin.url("/story"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.finalUrl()).isEqualTo(target.url("/story"));
    }
    assertThat(target.count("/robots.txt")).isEqualTo(1);
    assertThat(origin.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void feedsFollowRedirectsWhateverRobotsTxtSays() throws Exception {
    origin.route("/feed", LocalServer.redirect(302, target.url("/private/feed").toString()));
    target.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /\n"));
    target.route("/private/feed", LocalServer.text(200, "application/rss+xml", "<rss/>"));
    try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.testConfig())) {
      assertThat(fetcher.get(origin.url("/feed"), null, null).status()).isEqualTo(200);
    }
    assertThat(target.count("/robots.txt")).isZero();
  }
}
