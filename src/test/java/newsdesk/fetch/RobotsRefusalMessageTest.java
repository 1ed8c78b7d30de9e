package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import newsdesk.fetch.FetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page refused because robots.txt could not be read says so and why, instead of blaming rules
 * the site never gave; the refusal itself stays (RFC 9309: an unreachable robots.txt disallows).
 */
class RobotsRefusalMessageTest {
  private final LocalServer server = new LocalServer();

  private static FetchConfig config() {
    return HttpFetcherTest.testConfig().withRetries(0, Duration.ZERO, Duration.ZERO);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUnreachableSiteIsNamedAsSuch() {
    try (HttpFetcher fetcher = new HttpFetcher(config())) {
      assertThatThrownBy(() -> fetcher.getPage(LocalServer.closedPortUrl("/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.ROBOTS_UNAVAILABLE);
            assertThat(e.getMessage()).contains("robots.txt of 127.0.0.1 could not be read (")
                .contains("connection refused").contains("which disallows every page (RFC 9309)")
                .doesNotContain("disallows this page");
          });
    }
  }

  @Test
  void aServerErrorIsNamedWithItsStatus() {
    server.route("/robots.txt", LocalServer.text(503, "text/plain", "down"));
    server.route("/story", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(config())) {
      assertThatThrownBy(() -> fetcher.getPage(server.url("/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.getMessage())
              .contains("robots.txt of 127.0.0.1 could not be read (HTTP 503), which disallows every page (RFC 9309)"));
    }
    assertThat(server.count("/story")).isZero();
  }

  @Test
  void rulesThatDisallowAreStillNamedAsTheSitesRules() {
    server.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /\n"));
    try (HttpFetcher fetcher = new HttpFetcher(config())) {
      assertThatThrownBy(() -> fetcher.getPage(server.url("/story")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.getMessage())
              .endsWith("robots.txt of 127.0.0.1 disallows this page"));
    }
  }
}
