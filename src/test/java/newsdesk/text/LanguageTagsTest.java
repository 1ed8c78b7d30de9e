package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
  @Test
  void detectedCodesBecomeTheTagsPagesDeclare() {
    assertThat(LanguageTags.fromIso3("eng")).isEqualTo("en");
    assertThat(LanguageTags.fromIso3("deu")).isEqualTo("de");
    assertThat(LanguageTags.fromIso3("fra")).isEqualTo("fr");
    assertThat(LanguageTags.fromIso3("cmn")).isEqualTo("zh");
    assertThat(LanguageTags.fromIso3("und")).isNull();
    assertThat(LanguageTags.fromIso3(null)).isNull();
  }

  @Test
  void storedTagsGoBackToTheCodesTheAnalyzersTake() {
    assertThat(LanguageTags.toIso3("de-AT")).isEqualTo("deu");
    assertThat(LanguageTags.toIso3("en")).isEqualTo("eng");
    assertThat(LanguageTags.toIso3("eng")).as("an old row's code").isEqualTo("eng");
    assertThat(LanguageTags.toIso3(null)).isNull();
    assertThat(LanguageTags.toIso3(LanguageTags.fromIso3("fra"))).isEqualTo("fra");
  }

  @Test
  void aSureDetectionOfAnotherLanguageWinsOverTheDeclaredOne() {
    assertThat(LanguageTags.resolve("en", "deu")).as("a German text on a page declaring English").isEqualTo("de");
    assertThat(LanguageTags.resolve("en-GB", "eng")).as("agreeing: the declared tag keeps its region").isEqualTo("en-GB");
    assertThat(LanguageTags.resolve("pt-BR", "und")).as("an unsure detector changes nothing").isEqualTo("pt-BR");
    assertThat(LanguageTags.resolve(null, "spa")).isEqualTo("es");
    assertThat(LanguageTags.resolve(" ", "und")).isNull();
  }
}
