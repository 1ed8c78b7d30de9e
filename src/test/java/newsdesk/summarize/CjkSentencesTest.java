package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): {@code newsdesk summarize} on a three-sentence Japanese text gave the whole text
 * as headline and summary: the splitter knew only ". ! ?" followed by a space and a capital, which
 * Chinese and Japanese never have. Their full stops (。！？．) end a sentence.
 */
class CjkSentencesTest {
  private final SentenceSplitter splitter = new SentenceSplitter(SummarizerResources.english());

  static final String JAPANESE = "東京で大きな火事がありました。消防車が二十台出動しました！けが人はいませんでしたか？"
      + "警察は原因を調べています．";

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void japaneseAndChineseSentencesEndAtTheirFullStops() {
    assertThat(sentences(JAPANESE)).containsExactly("東京で大きな火事がありました。", "消防車が二十台出動しました！",
        "けが人はいませんでしたか？", "警察は原因を調べています．");
    assertThat(sentences("「火事だ！」と彼は叫んだ。消防車が来た。"))
        .containsExactly("「火事だ！」と彼は叫んだ。", "消防車が来た。");
    assertThat(sentences("他说：“我们会重建。”工厂明天开门。")).containsExactly("他说：“我们会重建。”", "工厂明天开门。");
    assertThat(sentences("気温は３．５度でした。")).as("a full-width decimal point").containsExactly("気温は３．５度でした。");
  }

  @Test
  void theBriefOfAJapaneseTextIsNotTheWholeText() {
    String text = "東京で大きな火事がありました。消防車が二十台出動しました。警察は原因を調べています。";
    Brief brief = new ExtractiveSummarizer().summarize(List.of(new SourceArticle("a", "", text, null, null)),
        SummaryLength.sentences(2));
    assertThat(brief.headline()).isEqualTo("東京で大きな火事がありました");
    assertThat(brief.sentences()).hasSize(2).allSatisfy(s -> assertThat(s.text()).isNotEqualTo(text));
  }
}
