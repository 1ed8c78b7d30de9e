package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.feed.FeedEntry;
import newsdesk.store.EntryVersion;
import org.junit.jupiter.api.Test;

/** What an entry version is made of: the entry's words, not its markup. */
class EntryVersionsTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static FeedEntry entry(String title, String summary, String content, Instant updated) {
    return new FeedEntry("id-1", "https://x.example/a", title, summary, content, List.of(), T, updated, List.of(), null, null,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
  }

  @Test
  void markupAloneIsNoChange() {
    EntryVersion before = EntryVersions.of(entry("Storm", "<p>Three dead.</p><img src=\"https://t.example/p.gif?ts=1\">",
        null, T));
    EntryVersion after = EntryVersions.of(entry("Storm", "<p class=\"lead\">Three <b>dead</b>.</p>"
        + "<img src=\"https://t.example/p.gif?ts=2\">", null, T));
    assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
    assertThat(EntryVersions.changed(before, after)).isFalse();
  }

  @Test
  void changedWordsTitlesOrLaterTimesAreChanges() {
    EntryVersion stored = EntryVersions.of(entry("Storm", "<p>Three dead.</p>", "<p>Full text.</p>", T));
    assertThat(EntryVersions.changed(stored, EntryVersions.of(entry("Storm", "<p>Seven dead.</p>", "<p>Full text.</p>", T))))
        .isTrue();
    assertThat(EntryVersions.changed(stored, EntryVersions.of(entry("Storm", "<p>Three dead.</p>", "<p>Full text, more.</p>", T))))
        .isTrue();
    assertThat(EntryVersions.changed(stored, EntryVersions.of(entry("Storm, toll rises", "<p>Three dead.</p>", "<p>Full text.</p>", T))))
        .isTrue();
    EntryVersion restamped = EntryVersions.of(entry("Storm", "<p>Three dead.</p>", "<p>Full text.</p>", T.plusSeconds(60)));
    assertThat(EntryVersions.changed(stored, restamped)).isTrue();
    assertThat(EntryVersions.onlyRestamped(stored, restamped)).isTrue();
    assertThat(EntryVersions.changed(stored, EntryVersions.of(entry("Storm", "<p>Three dead.</p>", "<p>Full text.</p>", T))))
        .isFalse();
  }

  @Test
  void wordsDoNotRunTogetherAcrossFields() {
    EntryVersion a = EntryVersions.of(entry("Storm", "Three", null, T));
    EntryVersion b = EntryVersions.of(entry("Storm Three", null, null, T));
    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
  }

  @Test
  void aVersionWithoutFingerprintIsUnchangedAndNotRestamped() {
    EntryVersion none = new EntryVersion(null, null);
    EntryVersion now = EntryVersions.of(entry("Storm", "<p>Three dead.</p>", null, T));
    assertThat(EntryVersions.changed(none, now)).isFalse();
    assertThat(EntryVersions.onlyRestamped(none, now)).isFalse();
  }
}
