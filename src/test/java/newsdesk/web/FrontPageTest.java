package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontPageTest {
  @TempDir Path dir;
  static final Instant NEWEST = Instant.parse("2020-03-02T12:00:00Z");

  @Test
  void breadthOfCoverageOutweighsALittleRecencyButNotADay() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      double threeOutletsNow = front.score(3, NEWEST, NEWEST);
      assertThat(threeOutletsNow).isGreaterThan(front.score(1, NEWEST, NEWEST));
      assertThat(threeOutletsNow).isEqualTo(1 + Math.log(3));
      assertThat(front.score(3, NEWEST.minus(Duration.ofMinutes(30)), NEWEST)).isGreaterThan(front.score(1, NEWEST, NEWEST));
      assertThat(front.score(3, NEWEST.minus(Duration.ofHours(30)), NEWEST)).isLessThan(front.score(1, NEWEST, NEWEST));
      assertThat(front.score(1, NEWEST.minus(Duration.ofHours(24)), NEWEST)).isEqualTo(0.5);
      assertThat(front.score(0, null, NEWEST)).isZero();
    }
  }

  @Test
  void anEmptyStoreHasAnEmptyFrontPage() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      assertThat(front.stories()).isEmpty();
    }
  }
}
