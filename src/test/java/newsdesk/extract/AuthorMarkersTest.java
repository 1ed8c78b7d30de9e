package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorMarkersTest {
  private final AuthorMarkers markers = AuthorMarkers.defaults();

  private static AuthorMarkers parse(String text) throws IOException {
    return AuthorMarkers.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shippedListsHoldTheUsualMarkers() {
    assertThat(markers.metaKeys()).contains("author", "article:author", "dc.creator");
    assertThat(markers.classNames()).contains("author", "byline");
  }

  @Test
  void metaKeysMatchWholeKeysInAnyCase() {
    assertThat(markers.isAuthorMetaKey("author")).isTrue();
    assertThat(markers.isAuthorMetaKey("DC.Creator")).isTrue();
    assertThat(markers.isAuthorMetaKey("author-bio")).isFalse();
    assertThat(markers.isAuthorMetaKey("")).isFalse();
  }

  @Test
  void classNamesMatchWholeNamesOnly() {
    assertThat(markers.hasAuthorClass("story byline")).isTrue();
    assertThat(markers.hasAuthorClass("Author")).isTrue();
    assertThat(markers.hasAuthorClass("meta author-name")).isTrue();
    assertThat(markers.hasAuthorClass("author-bio")).as("a part of a name is not the name").isFalse();
    assertThat(markers.hasAuthorClass("co-author")).isFalse();
    assertThat(markers.hasAuthorClass("")).isFalse();
  }

  @Test
  void theCheapTestKeepsTheCaseOfAllButTheFirstLetter() {
    // The matching before the markers became data: a name written in capitals past its first letter
    // fails the substring pre-test, and the extraction benchmark figures rest on that behaviour.
    assertThat(markers.hasAuthorClass("AUTHOR")).isFalse();
    assertThat(markers.hasAuthorClass("ByLine")).isFalse();
    assertThat(markers.hasAuthorClass("BYLINE author")).isTrue();
  }

  @Test
  void bylineWordsAreStrippedOnlyWhenASpaceFollows() {
    var p = markers.bylinePrefixPattern();
    assertThat(p.matcher("By Ana Lima").replaceFirst("")).isEqualTo("Ana Lima");
    assertThat(p.matcher("von  Tom Berg").replaceFirst("")).isEqualTo("Tom Berg");
    assertThat(p.matcher("Byron Smith").replaceFirst("")).isEqualTo("Byron Smith");
    assertThat(p.matcher("Avery Jones").replaceFirst("")).isEqualTo("Avery Jones");
  }

  @Test
  void parsesSectionsAndLowerCasesEntries() throws IOException {
    AuthorMarkers m = parse("# comment\n[meta-keys]\nWriter\n\n[class-names]\nreporter\n");
    assertThat(m.metaKeys()).isEqualTo(Set.of("writer"));
    assertThat(m.classNames()).isEqualTo(Set.of("reporter"));
    assertThat(m.hasAuthorClass("top reporter")).isTrue();
    assertThat(m.hasAuthorClass("byline")).as("only the listed names").isFalse();
    assertThat(m.bylinePrefixPattern().matcher("By Ana").replaceFirst("")).as("no byline words listed").isEqualTo("By Ana");
    assertThatThrownBy(() -> parse("author\n")).isInstanceOf(IOException.class).hasMessageContaining("author");
  }

  @Test
  void theExtractorReadsAuthorsByTheInjectedMarkers() throws IOException {
    String html = "<html><head><meta name='writer' content='Ana Lima'></head><body>"
        + "<span class='reporter'>Tom Berg</span><p>Text.</p></body></html>";
    Page page = new Page(URI.create("https://example.test/a"), html.getBytes(StandardCharsets.UTF_8), null);
    Article shipped = new DensityArticleExtractor().extract(page);
    assertThat(shipped.authors()).isEmpty();
    AuthorMarkers byMeta = parse("[meta-keys]\nwriter\n[class-names]\nreporter\n");
    Article custom = new DensityArticleExtractor(BoilerplatePatterns.defaults(), ExtractionSettings.defaults(), byMeta)
        .extract(page);
    assertThat(custom.authors()).containsExactly("Ana Lima");
    AuthorMarkers byClass = parse("[class-names]\nreporter\n");
    assertThat(new DensityArticleExtractor(BoilerplatePatterns.defaults(), ExtractionSettings.defaults(), byClass)
        .extract(page).authors()).containsExactly("Tom Berg");
  }
}
