package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCheckTest {
  private final ContentCheck check = ContentCheck.bundled();

  @Test
  void anArticleIsAnArticle() {
    ContentVerdict verdict = check.check(SampleTexts.FLOOD);
    assertThat(verdict.isArticle()).isTrue();
    assertThat(verdict.words()).isEqualTo(verdict.articleWords()).isGreaterThan(100);
  }

  @Test
  void aCookieWallIsNoContent() {
    ContentVerdict verdict = check.check(SampleTexts.COOKIE_WALL);
    assertThat(verdict.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(verdict.phrase()).isEqualTo("we value your privacy");
  }

  @Test
  void anErrorPageIsNoContent() {
    assertThat(check.check(SampleTexts.ERROR_PAGE).status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
  }

  @Test
  void aConsentBannerAboveAnArticleLeavesTheArticle() {
    ContentVerdict verdict = check.check(SampleTexts.COOKIE_WALL + "\n\n" + SampleTexts.FLOOD);
    assertThat(verdict.isArticle()).isTrue();
    assertThat(verdict.articleWords()).isLessThan(verdict.words());
  }

  @Test
  void anArticleAboutCookiesStaysAnArticle() {
    String text = SampleTexts.FLOOD + "\n\nThe council website, which says it uses cookies to count visitors, "
        + "crashed under the load.";
    assertThat(check.check(text).isArticle()).isTrue();
  }

  @Test
  void aStubIsTooShortAndNothingIsEmpty() {
    assertThat(check.check("Flood warning issued for Millbrook. More to follow.").status())
        .isEqualTo(ContentVerdict.Status.TOO_SHORT);
    assertThat(check.check(" \n ").status()).isEqualTo(ContentVerdict.Status.EMPTY);
  }

  @Test
  void phrasesAndMinimumAreData() {
    ContentCheck strict = new ContentCheck(5, List.of("Members only!"));
    assertThat(strict.check("This story is for MEMBERS ONLY.\nJoin today.").status())
        .isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(strict.check("Five words are enough here.").isArticle()).isTrue();
  }
}
