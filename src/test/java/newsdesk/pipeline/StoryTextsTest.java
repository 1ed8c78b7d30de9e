package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.BestOriginal;
import org.junit.jupiter.api.Test;

class StoryTextsTest {
  private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");
  private static final String WIRE = "BRENMOUTH, Norland (AP) — Brenmouth will test drone deliveries.\n\nThe trial runs six months.";
  private static final String STRIPPED = "Brenmouth will test drone deliveries.\n\nThe trial runs six months.";
  private final StoryTexts texts = new StoryTexts(BestOriginal.english());

  private static StoredArticle article(long id, String outlet, String text, Long duplicateOf, int minutes, boolean gone) {
    return new StoredArticle(id, "p" + id, null, null, "https://site" + id + ".example/a", "https://site" + id + ".example/a",
        outlet, "Title " + id, List.of(), T.plusSeconds(60L * minutes), T, "en", null, null, text, "page", "h" + id,
        duplicateOf, "s-1", null, 200, gone);
  }

  @Test
  void anOriginalAndItsCopiesAreOneTextCarriedByTheirOutlets() {
    List<StoryTexts.Text> told = texts.of(List.of(
        article(1, "Valley Courier", STRIPPED, null, 0, false),
        article(2, "Brenmouth Post", "A rewrite of its own.", null, 30, false),
        article(3, "Harbour Herald", STRIPPED, 1L, 10, false),
        article(4, "harbour herald", STRIPPED, 1L, 20, false)));
    assertThat(told).extracting(t -> t.face().id()).containsExactly(1L, 2L);
    assertThat(told).extracting(StoryTexts.Text::carriers).as("an outlet counts once").containsExactly(2, 1);
    assertThat(told).extracting(StoryTexts.Text::wire).containsOnly(BestOriginal.Wire.NONE);
    assertThat(told.getFirst().option().carriers()).isEqualTo(2);
    assertThat(told.getFirst().option().id()).isEqualTo("p1");
  }

  @Test
  void theFaceIsTheAgencysPageThenACopyThatCreditsTheAgencyThenTheOriginal() {
    StoredArticle original = article(1, "Valley Courier", STRIPPED, null, 0, false);
    StoredArticle credited = article(2, "Harbour Herald", WIRE, 1L, 10, false);
    StoredArticle agency = article(3, "Associated Press", WIRE, 1L, 20, false);
    assertThat(texts.of(List.of(original, credited)).getFirst())
        .satisfies(t -> assertThat(t.face().id()).isEqualTo(2L))
        .satisfies(t -> assertThat(t.wire()).isEqualTo(BestOriginal.Wire.CREDITED));
    assertThat(texts.of(List.of(original, credited, agency)).getFirst())
        .satisfies(t -> assertThat(t.face().id()).isEqualTo(3L))
        .satisfies(t -> assertThat(t.wire()).isEqualTo(BestOriginal.Wire.AGENCY))
        .satisfies(t -> assertThat(t.carriers()).isEqualTo(3));
    assertThat(texts.of(List.of(original, article(4, "Coast Gazette", STRIPPED, 1L, -10, false))).getFirst().face().id())
        .as("among equals, the original").isEqualTo(1L);
  }

  @Test
  void aLiveLinkComesFirstAndACopyWithoutItsOriginalIsATextOfItsOwn() {
    StoredArticle goneAgency = article(1, "Associated Press", WIRE, null, 0, true);
    StoredArticle liveCopy = article(2, "Valley Courier", STRIPPED, 1L, 10, false);
    assertThat(texts.of(List.of(goneAgency, liveCopy)).getFirst())
        .satisfies(t -> assertThat(t.face().id()).isEqualTo(2L))
        .satisfies(t -> assertThat(t.wire()).as("the text is still the agency's").isEqualTo(BestOriginal.Wire.AGENCY));
    List<StoryTexts.Text> orphans = texts.of(List.of(article(5, "Coast Gazette", STRIPPED, 9L, 0, false),
        article(6, "Harbour Herald", STRIPPED, 9L, 5, false), article(7, "Brenmouth Post", "Own words.", null, 1, false)));
    assertThat(orphans).extracting(t -> t.face().id()).containsExactly(5L, 7L);
    assertThat(orphans.getFirst().carriers()).isEqualTo(2);
  }

  /**
   * Gap closed deliberately: a credited text too edited to be filed as a copy is not grouped with
   * the agency's text (see {@link StoryTexts}): a credit names the author, not the text.
   */
  @Test
  void anEditedTextThatCreditsTheAgencyIsATextOfItsOwnAndAddsNoCarrier() {
    String edited = "BRENMOUTH, Norland (AP) — The town's drone trial was approved.\n\nLocal pharmacists welcomed it.";
    List<StoryTexts.Text> told = texts.of(List.of(
        article(1, "Valley Courier", WIRE, null, 0, false),
        article(2, "Harbour Herald", WIRE, 1L, 10, false),
        article(3, "Brenmouth Post", edited, null, 20, false)));
    assertThat(told).extracting(t -> t.face().id()).containsExactly(1L, 3L);
    assertThat(told).extracting(StoryTexts.Text::carriers).as("the verbatim text is carried by two").containsExactly(2, 1);
    assertThat(told).extracting(StoryTexts.Text::wire).containsOnly(BestOriginal.Wire.CREDITED);
  }

  @Test
  void noArticlesNoTexts() {
    assertThat(texts.of(List.of())).isEmpty();
  }
}
