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

  @Test
  void readsC1ControlsAsTheWindows1252CharactersTheyStandForAndDropsTheRest() {
    // QA: U+009B (a terminal's CSI) reached `newsdesk digest` on a terminal. Text decoded as Latin-1
    // that was Windows-1252 carries U+0092 for an apostrophe, as browsers read &#146;.
    assertThat(CleanText.of("It\u0092s \u0093quoted\u0094 \u0085 \u0080 5")).isEqualTo("It\u2019s \u201Cquoted\u201D \u2026 \u20AC 5");
    assertThat(CleanText.of("a\u009B31mb\u0081c\u007Fd")).isEqualTo("a\u203A31mbcd");
  }
}
