package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlineLimitsTest {
  private static final String LONG_TITLE = "Officials confirm the bridge will reopen next week, after months of repairs"
      + " that cost the city more than it had planned";

  private static List<SourceArticle> one(String title) {
    return List.of(new SourceArticle("1", title, "The bridge will reopen.", null, null));
  }

  @Test
  void defaultsAreTheDocumentedLimits() {
    HeadlineLimits d = HeadlineLimits.defaults();
    assertThat(d.maxWords()).isEqualTo(HeadlineWriter.MAX_WORDS).isEqualTo(14);
    assertThat(d.maxTitleWords()).isEqualTo(HeadlineWriter.MAX_TITLE_WORDS).isEqualTo(20);
    assertThat(HeadlineWriter.english().limits()).isEqualTo(d);
  }

  @Test
  void aSmallerMaxTitleWordsCutsEarlier() {
    HeadlineLimits d = HeadlineLimits.defaults();
    HeadlineLimits eight = new HeadlineLimits(8, d.minClauseWords(), d.minCutWords(), d.minKeptWords(),
        d.maxSuffixWords(), d.minTitleWords(), d.longTitlePenalty(), d.contextChars(), d.minUnattributedWords(), 8);
    String h = HeadlineWriter.english(eight).write(one(LONG_TITLE), "");
    assertThat(h.split(" ")).hasSizeLessThanOrEqualTo(8);
    assertThat(LONG_TITLE).startsWith(h);
    assertThat(HeadlineWriter.english().write(one(LONG_TITLE), "")).isEqualTo("Officials confirm the bridge will reopen next week");
  }

  @Test
  void minTitleWordsDecidesWhenATitleIsUsable() {
    HeadlineLimits d = HeadlineLimits.defaults();
    HeadlineLimits five = new HeadlineLimits(d.maxWords(), d.minClauseWords(), d.minCutWords(), d.minKeptWords(),
        d.maxSuffixWords(), 5, d.longTitlePenalty(), d.contextChars(), d.minUnattributedWords(), d.maxTitleWords());
    var articles = one("Bridge reopens today");
    assertThat(HeadlineWriter.english().titleArticle(articles)).isZero();
    assertThat(HeadlineWriter.english(five).titleArticle(articles)).isEqualTo(-1);
  }

  @Test
  void attributionVerbsAndDomainEndingsAreData() {
    var english = HeadlineWriter.english();
    assertThat(english.write(List.of(), "A fire destroyed a warehouse in Springfield on Tuesday, officials said."))
        .isEqualTo("A fire destroyed a warehouse in Springfield on Tuesday");
    assertThat(english.clean("Storm hits the coast | example.com", null)).isEqualTo("Storm hits the coast");
    HeadlineWriter other = new HeadlineWriter(List.of(), List.of(), Set.of("the", "a", "in", "on"), Set.of(),
        List.of("stated"), List.of("example"), HeadlineLimits.defaults());
    assertThat(other.write(List.of(), "A fire destroyed a warehouse in Springfield on Tuesday, officials said."))
        .isEqualTo("A fire destroyed a warehouse in Springfield on Tuesday, officials said");
    assertThat(other.write(List.of(), "A fire destroyed a warehouse in Springfield on Tuesday, officials stated."))
        .isEqualTo("A fire destroyed a warehouse in Springfield on Tuesday");
    assertThat(other.clean("Storm hits the coast | shop.example", null)).isEqualTo("Storm hits the coast");
    assertThat(other.clean("Storm hits the coast | example.com", null)).isEqualTo("Storm hits the coast | example.com");
  }

  @Test
  void rejectsLimitsThatCannotWork() {
    assertThatThrownBy(() -> new HeadlineLimits(0, 5, 6, 3, 4, 3, 0.2, 400, 4, 20)).hasMessageContaining("maxWords");
    assertThatThrownBy(() -> new HeadlineLimits(5, 5, 6, 3, 4, 3, 0.2, 400, 4, 20)).hasMessageContaining("minCutWords");
    assertThatThrownBy(() -> new HeadlineLimits(14, 5, 6, 3, 4, 3, 0.2, 400, 4, 13)).hasMessageContaining("maxTitleWords");
  }
}
