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

  /**
   * A "soft 404": an error page served with status 200 whose heading and text say it in the past
   * tense ("couldn't find that page", "the page you were looking for"), not in the listed present.
   */
  @Test
  void aSoftErrorPageInOtherWordsIsNoContent() {
    String text = "The page you were looking for may have been moved, deleted or may never have existed. "
        + "Check the address or go back to the home page.";
    ContentVerdict verdict = check.check("Sorry, we couldn't find that page", text);
    assertThat(verdict.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(check.check("We can't find the page you asked for.").status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(check.check(SampleTexts.FLOOD + "\n\nRescuers said they could not find the page of the logbook that "
        + "recorded the river level.").isArticle()).isTrue();
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

  /** The two paragraphs of an IAB TCF consent dialog, without its "We value your privacy" heading. */
  static final String TCF_BANNER = """
      We and our partners store and/or access information on a device, such as cookies and process personal \
      data, such as unique identifiers and standard information sent by a device for personalised ads and \
      content, ad and content measurement, and audience insights, as well as to develop and improve products.

      With your permission we and our partners may use precise geolocation data and identification through \
      device scanning. You may click to consent to our and our partners' processing as described above.

      MORE OPTIONS

      AGREE""";

  @Test
  void anIabConsentDialogIsNoContentWithoutItsHeading() {
    ContentVerdict verdict = check.check(TCF_BANNER);
    assertThat(verdict.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(verdict.articleWords()).isLessThan(5);
  }

  @Test
  void aWallIsJudgedWithItsTitleAndItsPartnerCountIgnored() {
    String text = "We and our 842 partners use cookies to store and access information on your device. "
        + "Click Accept all to continue, or Manage options to refuse.";
    assertThat(check.check(text).status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    // A short page whose only other sign is its heading is still a wall.
    ContentVerdict headed = check.check("We value your privacy", "Click the button below to continue to the site.");
    assertThat(headed.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(headed.phrase()).isEqualTo("we value your privacy");
    assertThat(check.check("", "Click the button below to continue to the site.").status())
        .isEqualTo(ContentVerdict.Status.TOO_SHORT);
  }

  @Test
  void consentWordingNoPhraseListsIsCaughtByItsTerms() {
    ContentCheck phrasesOnly = new ContentCheck(5, List.of("accept all cookies"));
    ContentCheck withTerms = new ContentCheck(5, List.of("accept all cookies"), List.of("vendors", "identifiers", "geolocation", "consent"),
        3, 0.5, 150);
    String text = "Selected vendors may process identifiers and geolocation with your consent.";
    assertThat(phrasesOnly.check(text).isArticle()).isTrue();
    ContentVerdict verdict = withTerms.check(text);
    assertThat(verdict.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(verdict.phrase()).isEqualTo("consent, geolocation, identifiers, vendors");
  }

  @Test
  void aLongWallIsNoContentByItsShareButAFullArticleBesideItStays() {
    // The wall's legal text runs long: a third of it is wording no rule lists, more than minWords.
    String legal = "The processing of your information takes place to deliver the services you requested, to measure "
        + "how those services are used and to improve them over time, in line with the applicable law and our "
        + "published terms, which you can read in full at any time from the link at the foot of every page.";
    String wall = TCF_BANNER + "\n\n" + TCF_BANNER + "\n\n" + legal;
    ContentVerdict verdict = check.check(wall);
    assertThat(verdict.articleWords()).isGreaterThanOrEqualTo(ContentCheck.DEFAULT_MIN_WORDS);
    assertThat(verdict.status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    String article = SampleTexts.FLOOD + "\n\n" + SampleTexts.FLOOD;
    assertThat(check.check(TCF_BANNER + "\n\n" + TCF_BANNER + "\n\n" + TCF_BANNER + "\n\n" + article).isArticle()).isTrue();
  }

  @Test
  void aShortArticleThatMentionsCookiesOnceIsAnArticle() {
    String text = """
        Millbrook council has fined three bakeries for selling cookies that contained undeclared peanuts, \
        after a child was taken to hospital last month. The fines, of 2,000 pounds each, are the largest the \
        council has imposed since it began testing baked goods for allergens six years ago, a spokesman said.

        The council said its website, which uses cookies to count visitors, would list every inspection from \
        January, and inspectors would visit each of the town's forty food shops before Easter.""";
    ContentVerdict verdict = check.check("Bakeries fined over peanut cookies", text);
    assertThat(verdict.phrase()).isEqualTo("uses cookies to");
    assertThat(verdict.isArticle()).isTrue();
  }
}
