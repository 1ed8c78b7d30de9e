package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestOriginalTest {
  private final BestOriginal best = BestOriginal.english();
  private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void prefersAWireServiceAmongCompleteArticles() {
    var options = List.of(
        new BestOriginal.Option("blog", "Some Blog", 5000, T.minusSeconds(60)),
        new BestOriginal.Option("wire", "Reuters", 4000, T),
        new BestOriginal.Option("short-wire", "Associated Press", 500, T.minusSeconds(3600)));
    assertThat(best.choose(options)).map(BestOriginal.Option::id).contains("wire");
  }

  @Test
  void otherwiseTheEarliestCompleteArticleThenTheLongest() {
    var options = List.of(
        new BestOriginal.Option("late", "Paper A", 5000, T.plusSeconds(600)),
        new BestOriginal.Option("early", "Paper B", 4000, T),
        new BestOriginal.Option("earliest-stub", "Paper C", 300, T.minusSeconds(600)),
        new BestOriginal.Option("undated", "Paper D", 6000, null));
    assertThat(best.choose(options)).map(BestOriginal.Option::id).contains("early");
    var sameTime = List.of(new BestOriginal.Option("b", "X", 4000, null), new BestOriginal.Option("a", "Y", 4000, null));
    assertThat(best.choose(sameTime)).map(BestOriginal.Option::id).contains("a");
  }

  @Test
  void theArticleTheBriefOpensWithComesBeforeTheEarliestButNotBeforeAWireOrWhenIncomplete() {
    var options = List.of(
        new BestOriginal.Option("early", "Paper B", 4000, T),
        new BestOriginal.Option("lead", "Paper A", 4200, T.plusSeconds(3600)),
        new BestOriginal.Option("lead-stub", "Paper C", 300, T.plusSeconds(60)));
    assertThat(best.choose(options, "lead")).map(BestOriginal.Option::id).contains("lead");
    assertThat(best.choose(options, "lead-stub")).map(BestOriginal.Option::id).as("a stub is no original").contains("early");
    assertThat(best.choose(options, null)).map(BestOriginal.Option::id).contains("early");
    var withWire = List.of(options.get(0), options.get(1), new BestOriginal.Option("wire", "Reuters", 4000, T.plusSeconds(7200)));
    assertThat(best.choose(withWire, "lead")).map(BestOriginal.Option::id).contains("wire");
  }

  @Test
  void emptyInputAndArticleHelpers() {
    assertThat(best.choose(List.of())).isEmpty();
    var articles = List.of(new SourceArticle("1", "t", "long text here", "Paper B", T.plusSeconds(5)),
        new SourceArticle("2", "t", "long text there", "Paper A", T),
        new SourceArticle("3", "t", "long text again", "Paper A", T.plusSeconds(9)));
    assertThat(best.chooseArticle(articles)).map(SourceArticle::id).contains("2");
    assertThat(BestOriginal.outlets(articles)).containsExactly("Paper A", "Paper B");
  }

  @Test
  void theHeadlinesArticleComesFirstWhenCompleteSoThatHeadlineAndLinkNameOneReport() {
    var options = List.of(
        new BestOriginal.Option("early", "Paper B", 4000, T),
        new BestOriginal.Option("wire", "Reuters", 4000, T.plusSeconds(60)),
        new BestOriginal.Option("newest", "Paper A", 3800, T.plusSeconds(7200)),
        new BestOriginal.Option("stub", "Paper C", 300, T.plusSeconds(9000)));
    assertThat(best.choose(options, "newest", "early")).map(BestOriginal.Option::id).contains("newest");
    assertThat(best.choose(options, "stub", "early")).map(BestOriginal.Option::id).as("a stub is no original").contains("wire");
    assertThat(best.choose(options, null, "early")).map(BestOriginal.Option::id).contains("wire");
  }

  @Test
  void theHeadlinesArticleThatTheBriefOpensWithIsLinkedWhenItIsAtLeastHalfComplete() {
    var options = List.of(
        new BestOriginal.Option("long", "Paper B", 4000, T),
        new BestOriginal.Option("shorter", "Paper A", 1800, T.plusSeconds(3600)),
        new BestOriginal.Option("stub", "Paper C", 300, T.plusSeconds(9000)));
    assertThat(best.choose(options, "shorter", "shorter")).map(BestOriginal.Option::id).contains("shorter");
    assertThat(best.choose(options, "shorter", "long")).map(BestOriginal.Option::id).as("the brief opens with another").contains("long");
    assertThat(best.choose(options, "stub", "stub")).map(BestOriginal.Option::id).as("a stub is still no original").contains("long");
  }
}
