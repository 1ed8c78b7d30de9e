package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {
  @Test
  void dropsControlsNoncharactersAndLoneSurrogates() {
    assertThat(CleanText.of("a\u0001b\u0000c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h")).isEqualTo("abcdefgh");
  }

  @Test
  void keepsLayoutPairedSurrogatesAndOrdinaryText() {
    String text = "Line\tone\r\nline two « citée » 😀 \u00A0end";
    assertThat(CleanText.of(text)).isSameAs(text);
    assertThat(CleanText.of(null)).isNull();
  }
}
