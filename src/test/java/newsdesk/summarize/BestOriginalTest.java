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

  private static BestOriginal.Option text(String id, String outlet, int length, Instant published, int carriers,
      BestOriginal.Wire wire) {
    return new BestOriginal.Option(id, outlet, length, published, carriers, wire);
  }

  @Test
  void theTextMostOutletsCarryComesBeforeARewriteAndBeforeTheLeadAndTheEarliest() {
    var options = List.of(
        text("rewrite", "Brenmouth Post", 4400, T.minusSeconds(600), 1, BestOriginal.Wire.NONE),
        text("syndicated", "Valley Courier", 4000, T, 3, BestOriginal.Wire.NONE),
        text("pair", "Coast Gazette", 4100, T.minusSeconds(900), 2, BestOriginal.Wire.NONE));
    assertThat(best.choose(options, null, "rewrite")).map(BestOriginal.Option::id).contains("syndicated");
    assertThat(best.wireReport(options)).map(BestOriginal.Option::id).contains("syndicated");
    assertThat(best.choose(options, "rewrite", "rewrite")).map(BestOriginal.Option::id)
        .as("the headline's article still comes first: the card names one report").contains("rewrite");
  }

  @Test
  void theAgencysOwnPageComesFirstThenTheMostCarriedThenACreditedText() {
    var credited = text("credited", "Valley Courier", 4000, T.plusSeconds(60), 1, BestOriginal.Wire.CREDITED);
    var rewrite = text("rewrite", "Brenmouth Post", 4200, T, 1, BestOriginal.Wire.NONE);
    assertThat(best.choose(List.of(rewrite, credited), null, "rewrite")).map(BestOriginal.Option::id).contains("credited");
    var carried = text("carried", "Harbour Herald", 4000, T.plusSeconds(120), 2, BestOriginal.Wire.NONE);
    assertThat(best.choose(List.of(rewrite, credited, carried))).map(BestOriginal.Option::id).contains("carried");
    var agency = text("agency", "Associated Press", 3900, T.plusSeconds(300), 1, BestOriginal.Wire.NONE);
    assertThat(best.choose(List.of(rewrite, credited, carried, agency))).map(BestOriginal.Option::id)
        .as("an agency's outlet is its own page whatever the option says").contains("agency");
    var agencyStub = text("agency-stub", "Reuters", 900, T, 1, BestOriginal.Wire.AGENCY);
    assertThat(best.choose(List.of(rewrite, credited, agencyStub))).map(BestOriginal.Option::id)
        .as("a stub is no report, not even the agency's").contains("credited");
  }

  @Test
  void aWireReportIsOnlyNamedWhenAnArticleIsOneOrSeveralOutletsCarryIt() {
    var plain = List.of(text("a", "Paper A", 4000, T, 1, BestOriginal.Wire.NONE),
        text("b", "Paper B", 4000, T.plusSeconds(60), 1, BestOriginal.Wire.NONE));
    assertThat(best.wireReport(plain)).isEmpty();
    assertThat(best.wireReport(List.of())).isEmpty();
    var credited = List.of(plain.get(0), text("c", "Paper C", 4000, T.plusSeconds(60), 1, BestOriginal.Wire.CREDITED));
    assertThat(best.wireReport(credited)).map(BestOriginal.Option::id).contains("c");
    var stubCarried = List.of(plain.get(0), text("d", "Paper D", 1000, T, 4, BestOriginal.Wire.CREDITED));
    assertThat(best.wireReport(stubCarried)).as("an incomplete text is no report to head the brief").isEmpty();
  }

  @Test
  void tiesAmongWireReportsGoAsBeforeAndTheChoiceIsDeterministic() {
    var options = new java.util.ArrayList<>(List.of(
        text("late", "Paper A", 4000, T.plusSeconds(600), 2, BestOriginal.Wire.CREDITED),
        text("early", "Paper B", 4000, T, 2, BestOriginal.Wire.CREDITED),
        text("undated", "Paper C", 4000, null, 2, BestOriginal.Wire.CREDITED)));
    assertThat(best.choose(options)).map(BestOriginal.Option::id).contains("early");
    assertThat(best.choose(options, "late")).map(BestOriginal.Option::id).as("then the lead").contains("late");
    java.util.Collections.reverse(options);
    assertThat(best.choose(options)).map(BestOriginal.Option::id).contains("early");
  }

  @Test
  void wireStatusOfAnArticle() {
    assertThat(best.wire("Reuters", "Oil rose.", List.of())).isEqualTo(BestOriginal.Wire.AGENCY);
    assertThat(best.wire("Valley Courier", "LONDON (Reuters) - Oil rose.", List.of())).isEqualTo(BestOriginal.Wire.CREDITED);
    assertThat(best.wire("Valley Courier", "Oil rose.", List.of("Jane Doe, Associated Press")))
        .isEqualTo(BestOriginal.Wire.CREDITED);
    assertThat(best.wire("Valley Courier", "Oil rose, Reuters reported.", List.of("Jane Doe"))).isEqualTo(BestOriginal.Wire.NONE);
    assertThat(best.wire(null, null, null)).isEqualTo(BestOriginal.Wire.NONE);
    assertThat(best.wire("Valley Courier", "Oil rose.\n\nAssociated Press writers John Doe and Jane Roe contributed to this "
        + "report.", List.of())).as("a contribution footer: the outlet's own text, no wire copy").isEqualTo(BestOriginal.Wire.NONE);
    assertThat(best.credits().contributingAgency("Oil rose.\n\nReuters contributed to this report.")).contains("Reuters");
    var namesOnly = new BestOriginal(java.util.Set.of("Norland News Agency"), 0.6);
    assertThat(namesOnly.wire("norland news-agency", "", List.of())).isEqualTo(BestOriginal.Wire.AGENCY);
    assertThat(namesOnly.wire("Valley Courier", "LONDON (Reuters) - Oil rose.", List.of())).isEqualTo(BestOriginal.Wire.NONE);
  }

  @Test
  void misuseNamesTheArgument() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> text("x", "P", 10, T, 0, BestOriginal.Wire.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carriers");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> text("x", "P", 10, T, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("wire");
  }
}
