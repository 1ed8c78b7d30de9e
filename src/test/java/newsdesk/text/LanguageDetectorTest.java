package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static LanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = new LanguageDetector();
  }

  @Test
  void detectsCommonNewsLanguages() {
    assertThat(detector.detect("The government announced on Monday that the new bridge will open to traffic next year.").code())
        .isEqualTo("eng");
    assertThat(detector.detect("Die Regierung hat am Montag angekündigt, dass die neue Brücke im nächsten Jahr eröffnet wird.").code())
        .isEqualTo("deu");
    assertThat(detector.detect("Le gouvernement a annoncé lundi que le nouveau pont ouvrira à la circulation l'année prochaine.").code())
        .isEqualTo("fra");
  }

  @Test
  void shortOrEmptyTextIsUndetermined() {
    assertThat(detector.detect("").isDetermined()).isFalse();
    assertThat(detector.detect("mourinho seek killer instinct").code()).isEqualTo(DetectedLanguage.UNDETERMINED);
  }
}
