package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The exact-copy key: blind to case, punctuation and spacing, in every script, and never to words. */
class ContentHashTest {
  @Test
  void textsInEveryScriptHaveKeysOfTheirOwn() {
    String[] unrelated = {"Новый мост открыли в понедельник.", "Оркестр победил на конкурсе.", "Η γέφυρα άνοιξε τη Δευτέρα.",
        "افتتح الجسر يوم الاثنين.", "新しい橋が月曜日に開通した。", "新桥周一通车。", "The bridge opened on Monday."};
    assertThat(java.util.Arrays.stream(unrelated).map(ContentHash::of).distinct()).hasSize(unrelated.length);
    assertThat(ContentHash.of(unrelated[0])).isNotEqualTo(ContentHash.of(""));
  }

  @Test
  void caseSpacingPunctuationAndWidthAreNoDifference() {
    assertThat(ContentHash.of("НОВЫЙ мост — открыли!\n\nВ понедельник"))
        .isEqualTo(ContentHash.of("Новый мост открыли в понедельник."));
    assertThat(ContentHash.of("ＡＢＣ news, today")).isEqualTo(ContentHash.of("abc NEWS today"));
    assertThat(ContentHash.of("Seven dead")).isNotEqualTo(ContentHash.of("Three dead"));
  }

  @Test
  void isDeterministicAndNamesItsArgument() {
    assertThat(ContentHash.of("Same text.")).isEqualTo(ContentHash.of("Same text.")).hasSize(64);
    assertThat(ContentHash.of("")).isEqualTo(ContentHash.of(" ... "));
    assertThatThrownBy(() -> ContentHash.of(null)).hasMessageContaining("text");
  }
}
