package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): a word budget counted white-space separated words, so a Chinese or Japanese
 * sentence (no spaces) was one "word" and a 140-word brief could hold a whole long article; and a
 * sentence was one term, so no two sentences shared a word and the scores saw nothing. Now a run of
 * Chinese or Japanese characters counts one word per {@link StoryAnalyzer#CJK_CHARACTERS_PER_WORD}
 * characters (their punctuation counts for nothing), and its terms are character bigrams.
 */
class CjkLengthTest {
  @Test
  void chineseAndJapaneseCountOneWordPerTwoCharacters() {
    assertThat(StoryAnalyzer.wordCount("東京で大きな火事がありました。")).isEqualTo(7);
    assertThat(StoryAnalyzer.wordCount("他说：“我们会重建。”")).as("seven characters").isEqualTo(4);
    assertThat(StoryAnalyzer.wordCount("2020年に東京で")).as("digits are a word of their own").isEqualTo(1 + 3);
    assertThat(StoryAnalyzer.wordCount("A fire, in 2020: five dead.")).as("other scripts as before").isEqualTo(6);
  }

  @Test
  void chineseTermsAreCharacterBigrams() {
    assertThat(StoryAnalyzer.tokens("工厂明天开门。")).containsExactly("工厂", "厂明", "明天", "天开", "开门");
    assertThat(StoryAnalyzer.tokens("火")).containsExactly("火");
    assertThat(StoryAnalyzer.tokens("Tokyo 東京 fire")).containsExactly("tokyo", "東京", "fire");
  }

  static final String CHINESE = "周二晚上，北京市朝阳区一家仓库发生大火，消防部门出动了四十辆消防车。"
      + "大火持续了三个多小时才被扑灭，没有人员伤亡。"
      + "这家仓库属于一家家具公司，公司共有一百二十名员工。"
      + "警方表示，起火原因正在调查之中。"
      + "附近居民说，他们在几公里外就能看到浓烟。"
      + "公司负责人表示，将尽快重建仓库并恢复生产。"
      + "当地政府已经派出工作组，协助处理善后事宜。"
      + "这是该区今年发生的第三起仓库火灾。"
      + "消防部门提醒市民，夏季高温天气要注意防火安全。"
      + "专家指出，许多老旧仓库的消防设施不符合标准。"
      + "区政府表示，将对全区仓库进行消防安全检查。"
      + "检查工作将在下个月底之前完成。";

  @Test
  void theDefaultBriefOfALongChineseArticleIsAFewSentences() {
    Brief brief = new ExtractiveSummarizer().summarize(List.of(new SourceArticle("a", "北京仓库发生大火", CHINESE, null, null)),
        SummaryLength.words(40));
    int characters = brief.sentences().stream().mapToInt(s -> s.text().length()).sum();
    assertThat(brief.sentences()).hasSizeBetween(2, 5);
    assertThat(characters).isLessThanOrEqualTo(90).isLessThan(CHINESE.length() / 2);
    assertThat(brief.sentences().get(0).text()).startsWith("周二晚上");
  }
}
