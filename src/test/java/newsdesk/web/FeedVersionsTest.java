package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedVersionsTest {
  static final Instant SENT = Instant.parse("2026-11-01T08:05:09Z");
  static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");

  @Test
  void ifNoneMatchComparesTagsWeaklyAndDecidesAlone() {
    String tag = FeedVersions.etag("body");
    // Weak: the same tag names the gzip and the identity body (RFC 9110 8.8.1).
    assertThat(tag).startsWith("W/\"").endsWith("\"").isEqualTo(FeedVersions.etag("body")).isNotEqualTo(FeedVersions.etag("body2"));
    String strong = tag.substring(2);
    assertThat(FeedVersions.notModified(tag, null, tag, SENT, NOW)).isTrue();
    assertThat(FeedVersions.notModified("\"x\", " + strong, null, tag, SENT, NOW)).as("the strong form matches weakly").isTrue();
    assertThat(FeedVersions.notModified("\"x\",W/" + strong, null, tag, SENT, NOW)).isTrue();
    assertThat(FeedVersions.notModified("W/\"x\"", null, tag, SENT, NOW)).isFalse();
    assertThat(FeedVersions.notModified("*", null, tag, SENT, NOW)).isTrue();
    assertThat(FeedVersions.notModified("\"x\"", "Sun, 01 Nov 2026 08:05:09 GMT", tag, SENT, NOW)).isFalse();
  }

  @Test
  void ifModifiedSinceReadsHttpDatesAndIgnoresAnythingElse() {
    String tag = FeedVersions.etag("body");
    assertThat(FeedVersions.notModified(null, "Sun, 01 Nov 2026 08:05:09 GMT", tag, SENT, NOW)).isTrue();
    assertThat(FeedVersions.notModified(null, "Sun, 1 Nov 2026 08:05:09 GMT", tag, SENT, NOW)).isTrue();
    assertThat(FeedVersions.notModified(null, "Sun, 01 Nov 2026 08:05:08 GMT", tag, SENT, NOW)).isFalse();
    assertThat(FeedVersions.notModified(null, "last Sunday", tag, SENT, NOW)).isFalse();
    assertThat(FeedVersions.notModified(null, null, tag, SENT, NOW)).isFalse();
  }

  @Test
  void aDateLaterThanTheServersClockIsIgnored() {
    // RFC 9110 13.1.3: a date later than the server's current time is invalid; a client whose clock
    // runs ahead must not be told that nothing changed.
    String tag = FeedVersions.etag("body");
    assertThat(FeedVersions.notModified(null, "Tue, 01 Dec 2026 00:00:00 GMT", tag, SENT, NOW)).isFalse();
    assertThat(FeedVersions.notModified(null, "Mon, 02 Nov 2026 00:00:00 GMT", tag, SENT, NOW)).isTrue();
  }
}
