package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparableStoriesTest {
  private static final Instant T = Instant.parse("2020-03-01T00:00:00Z");
  private final ComparableStories comparable = new ComparableStories(Duration.ofDays(14));

  private static StoryProfile story(String language, Instant time) {
    return new StoryProfile("s", time, language, "s", List.of("word"), List.of());
  }

  @Test
  void sameLanguageOrUndeterminedWithinTheWindowInEitherDirection() {
    assertThat(comparable.comparable(story("eng", T), story("eng", T.plus(Duration.ofDays(14))))).isTrue();
    assertThat(comparable.comparable(story("eng", T.plus(Duration.ofDays(14))), story("eng", T))).isTrue();
    assertThat(comparable.comparable(story("und", T), story("deu", T))).isTrue();
    assertThat(comparable.comparable(story("eng", T), story("und", T))).isTrue();
  }

  @Test
  void anotherLanguageOrOutsideTheWindowIsNot() {
    assertThat(comparable.comparable(story("eng", T), story("deu", T))).isFalse();
    assertThat(comparable.comparable(story("eng", T), story("eng", T.plus(Duration.ofDays(14)).plusSeconds(1)))).isFalse();
  }

  @Test
  void aMissingTimeSetsNoBound() {
    assertThat(comparable.comparable(story("eng", null), story("eng", T))).isTrue();
    assertThat(comparable.comparable(story("eng", T), story("eng", null))).isTrue();
  }
}
