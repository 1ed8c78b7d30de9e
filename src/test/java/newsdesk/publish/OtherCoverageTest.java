package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherCoverageTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static DigestStory story(DigestStory.Link readMore, DigestStory.Coverage... outlets) {
    return new DigestStory("s", "Headline", List.of("Text."), List.of(), readMore, List.of(outlets), List.of(), T, T);
  }

  @Test
  void theReadMoreArticleIsLeftOutByItsAddress() {
    DigestStory s = story(new DigestStory.Link("Post", "https://post.example/a"),
        new DigestStory.Coverage("Post", "https://post.example/a", "A", T),
        new DigestStory.Coverage("Post", "https://post.example/b", "B", T),
        new DigestStory.Coverage("Times", "https://times.example/c", "C", T));
    assertThat(OtherCoverage.of(s)).extracting(OtherCoverage::outlet, OtherCoverage::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Post", "another article"),
            org.assertj.core.groups.Tuple.tuple("Times", null));
  }

  @Test
  void withoutAddressesTheReadMoreOutletsArticleIsLeftOutNotTheFirstLinklessOne() {
    // Entries without a link have no address: the first link-less article is another outlet's.
    DigestStory s = story(new DigestStory.Link("Notes", null),
        new DigestStory.Coverage("Micro", null, "M", T),
        new DigestStory.Coverage("Notes", null, "N", T));
    assertThat(OtherCoverage.of(s)).extracting(OtherCoverage::outlet).containsExactly("Micro");
  }
}
