package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import newsdesk.feed.FeedEntry;
import newsdesk.fetch.FetchConfig;
import org.junit.jupiter.api.Test;

/**
 * A gzip sitemap is decompressed by us with the fetcher's body cap, so a small compressed file
 * cannot expand without limit inside the sitemap parser; over the cap it is a sitemap error
 * naming the URL.
 */
class GzipSitemapLimitTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final URI URL = URI.create("https://news.example/sitemap.xml.gz");

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bombWithALongLoc(long locLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example/"
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < locLength; n += chunk.length) gz.write(chunk);
      gz.write("</loc></url></urlset>".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void aGzipSitemapThatExpandsPastTheCapIsASitemapErrorNamingTheUrl() {
    byte[] bomb = bombWithALongLoc(2 * FetchConfig.DEFAULT_MAX_BODY);
    assertThat(bomb.length).isLessThan(100_000);
    assertThatThrownBy(() -> SitemapReader.defaults().read(bomb, "application/x-gzip", URL, NOW))
        .isInstanceOf(SitemapException.class)
        .hasMessageContaining(URL.toString())
        .hasMessageContaining("limit");
  }

  @Test
  void theCapIsTheOneGivenToTheReader() {
    byte[] small = bombWithALongLoc(1 << 20);
    SitemapReader reader = new SitemapReader(100, java.time.Duration.ofDays(7), 1 << 16);
    assertThatThrownBy(() -> reader.read(small, "application/x-gzip", URL, NOW))
        .isInstanceOf(SitemapException.class)
        .hasMessageContaining(URL.toString());
  }

  @Test
  void aGzipSitemapWithinTheCapIsRead() throws Exception {
    byte[] body = gzip(SitemapReaderTest.NEWS.getBytes(StandardCharsets.UTF_8));
    for (String type : new String[] {"application/x-gzip", "application/octet-stream", null}) {
      SitemapReader.Sitemap map = SitemapReader.defaults().read(body, type, URL, NOW);
      assertThat(map.entries()).extracting(FeedEntry::title).containsExactly("Newer story", "Older story");
    }
  }

  @Test
  void aGzipInsideAGzipIsCappedToo() {
    byte[] twice = gzip(bombWithALongLoc(2 * FetchConfig.DEFAULT_MAX_BODY));
    assertThatThrownBy(() -> SitemapReader.defaults().read(twice, "application/x-gzip", URL, NOW))
        .isInstanceOf(SitemapException.class)
        .hasMessageContaining(URL.toString());
  }

  @Test
  void aCorruptGzipIsASitemapError() {
    byte[] body = gzip(SitemapReaderTest.NEWS.getBytes(StandardCharsets.UTF_8));
    for (int i = 12; i < body.length - 8; i++) body[i] ^= 0x5A;
    assertThatThrownBy(() -> SitemapReader.defaults().read(body, "application/x-gzip", URL, NOW))
        .isInstanceOf(SitemapException.class)
        .hasMessageContaining(URL.toString());
  }
}
