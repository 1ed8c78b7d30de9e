package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoilerplatePatternsTest {
  private final BoilerplatePatterns patterns = BoilerplatePatterns.defaults();

  @Test
  void classNamesSplitIntoWordsSkippingGeneratedParts() {
    assertThat(BoilerplatePatterns.tokens("relatedArticles share-bar w-node-b5343ad4 h2"))
        .containsExactly("related", "articles", "share", "bar", "w", "node");
  }

  @Test
  void furnitureWordsAreRecognised() {
    assertThat(patterns.furnitureMark("comment-list")).isEqualTo(BoilerplatePatterns.Mark.STRONG);
    assertThat(patterns.furnitureMark("social-share-buttons")).isEqualTo(BoilerplatePatterns.Mark.WEAK);
    assertThat(patterns.furnitureMark("article-body")).isEqualTo(BoilerplatePatterns.Mark.NONE);
    assertThat(patterns.furnitureMark("has-sidebar category-comments")).as("state and taxonomy classes")
        .isEqualTo(BoilerplatePatterns.Mark.NONE);
    assertThat(patterns.hasPositiveToken("story-body")).isTrue();
  }

  @Test
  void furnitureLinesMatchWholeShortBlocks() {
    assertThat(patterns.isBoilerplateLine("Advertisement")).isTrue();
    assertThat(patterns.isBoilerplateLine("Share this article")).isTrue();
    assertThat(patterns.isBoilerplateLine("The advertisement ran for six weeks before it was withdrawn.")).isFalse();
  }

  @Test
  void parsesItsFormatAndRejectsEntriesOutsideSections() throws Exception {
    var custom = BoilerplatePatterns.parse(new ByteArrayInputStream(
        "# comment\n[negative-tokens]\npromo\n[boilerplate-lines]\nbuy now\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(custom.hasNegativeToken("promo-box")).isTrue();
    assertThat(custom.isBoilerplateLine("Buy now")).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BoilerplatePatterns.parse(
        new ByteArrayInputStream("promo\n".getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("before any [section]");
  }
}
