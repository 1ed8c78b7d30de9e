package newsdesk.publish;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The JSON digest and the Atom and JSON Feed outputs of the sample stories of
 * {@link TextDigestRendererTest}, byte for byte: a change of field, order or escaping shows as a diff.
 */
class PublishedFormatsGoldenTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

  private static OutputFeed feed(String feedUrl) {
    return DigestFeeds.digest(TextDigestRendererTest.stories(), "https://news.example", feedUrl, NOW);
  }

  @Test
  void jsonDigest() throws Exception {
    Goldens.assertMatches("digest.golden.json", new JsonDigestRenderer().render(TextDigestRendererTest.stories()));
  }

  @Test
  void atomFeed() throws Exception {
    Goldens.assertMatches("digest.golden.atom", new AtomFeedRenderer().render(feed("https://news.example/feeds/digest.atom")));
  }

  @Test
  void jsonFeed() throws Exception {
    Goldens.assertMatches("digest.golden.feed.json", new JsonFeedRenderer().render(feed("https://news.example/feeds/digest.json")));
  }
}
