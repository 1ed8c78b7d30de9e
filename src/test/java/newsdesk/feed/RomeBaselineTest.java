package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ROME adapter used for the peer figure maps ROME's model faithfully onto ours. */
class RomeBaselineTest {
  @Test
  void mapsRomesFeedOntoOurModel() throws Exception {
    Feed feed = RomeBaseline.parse(FeedTestFiles.sample("sample-rss20.xml"), java.util.Map.of(), null);
    assertThat(feed.format()).isEqualTo("rss20");
    assertThat(feed.title()).isEqualTo("Newsdesk Sample");
    assertThat(feed.entries()).hasSize(2);
    assertThat(feed.entries().get(0).tags()).extracting(Category::term).containsExactly("world");
    assertThat(feed.entries().get(0).enclosures()).extracting(Enclosure::type).containsExactly("audio/mpeg");
  }
}
