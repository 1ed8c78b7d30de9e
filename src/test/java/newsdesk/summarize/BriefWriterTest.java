package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
  private final BriefWriter writer = BriefWriter.english();

  @Test
  void emptyStory() {
    StoryBrief b = writer.write(List.of());
    assertThat(b.brief().paragraphs()).isEmpty();
    assertThat(b.readMore()).isNull();
    assertThat(b.outlets()).isEmpty();
  }

  @Test
  void briefLinkAndOutlets() {
    Instant t = Instant.parse("2026-11-29T08:00:00Z");
    var articles = List.of(
        new SourceArticle("a", "Warehouse fire in Springfield - Daily Example", ExtractiveSummarizerTest.FIRE, "Daily Example", t),
        new SourceArticle("b", "Fire crews battle warehouse blaze", ExtractiveSummarizerTest.FIRE_TOO, "Other Outlet", t.minusSeconds(60)));
    StoryBrief b = writer.write(articles);
    assertThat(b.brief().sentences()).isNotEmpty();
    SummaryChecks.assertProvenance(b.brief(), articles);
    assertThat(b.readMore().id()).isEqualTo("a");
    assertThat(b.outlets()).containsExactly("Other Outlet", "Daily Example");
    assertThat(writer.write(articles)).isEqualTo(b);
  }
}
