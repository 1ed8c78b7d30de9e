package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedVersionsTest {
  static final Instant SENT = Instant.parse("2026-11-01T08:05:09Z");

  @Test
  void ifNoneMatchComparesTagsWeaklyAndDecidesAlone() {
    String tag = FeedVersions.etag("body");
    assertThat(tag).startsWith("\"").endsWith("\"").isEqualTo(FeedVersions.etag("body")).isNotEqualTo(FeedVersions.etag("body2"));
    assertThat(FeedVersions.notModified(tag, null, tag, SENT)).isTrue();
    assertThat(FeedVersions.notModified("\"x\", W/" + tag, null, tag, SENT)).isTrue();
    assertThat(FeedVersions.notModified("*", null, tag, SENT)).isTrue();
    assertThat(FeedVersions.notModified("\"x\"", "Sun, 01 Nov 2026 08:05:09 GMT", tag, SENT)).isFalse();
  }

  @Test
  void ifModifiedSinceReadsHttpDatesAndIgnoresAnythingElse() {
    String tag = FeedVersions.etag("body");
    assertThat(FeedVersions.notModified(null, "Sun, 01 Nov 2026 08:05:09 GMT", tag, SENT)).isTrue();
    assertThat(FeedVersions.notModified(null, "Sun, 1 Nov 2026 08:05:09 GMT", tag, SENT)).isTrue();
    assertThat(FeedVersions.notModified(null, "Sun, 01 Nov 2026 08:05:08 GMT", tag, SENT)).isFalse();
    assertThat(FeedVersions.notModified(null, "last Sunday", tag, SENT)).isFalse();
    assertThat(FeedVersions.notModified(null, null, tag, SENT)).isFalse();
  }
}
