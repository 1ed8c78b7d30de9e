package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTokensTest {
  @Test
  void foldsCasePunctuationAndWidth() {
    assertThat(TextTokens.of("The “Prime Minister’s” office — said: ＡＢＣ 2020!"))
        .containsExactly("the", "prime", "minister", "s", "office", "said", "abc", "2020");
  }

  @Test
  void splitsUnspacedScriptsIntoCharacters() {
    assertThat(TextTokens.of("東京都 news")).containsExactly("東", "京", "都", "news");
  }

  @Test
  void keepsThaiVowelSignsWithTheirConsonant() {
    assertThat(TextTokens.of("ที่นี่")).containsExactly("ที่", "นี่");
  }

  @Test
  void blankTextHasNoTokens() {
    assertThat(TextTokens.of(" \n\t ,.; ")).isEmpty();
  }
}
