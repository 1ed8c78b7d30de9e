package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): a brief sentence opened with "As such, ...", a connector that leans on the
 * sentence before it. Connector phrases of that kind are dangling openers (data file
 * {@code dangling-openers.txt}): such a sentence is taken only after its predecessor and never opens
 * the brief or a paragraph.
 */
class DanglingConnectorTest {
  private final SummarizerResources resources = SummarizerResources.english();

  @Test
  void connectorPhrasesThatPointBackAreDangling() {
    for (String opener : List.of("As such", "As a consequence", "In turn", "To that end", "In that case", "For that reason")) {
      String text = "The city council approved a new budget for the harbour on Monday evening after a long debate. "
          + opener + ", the ferry service to the islands will run twice a day from next spring onwards.";
      List<Candidate> cs = new StoryAnalyzer(new SentenceSplitter(resources), resources)
          .analyze(List.of(new SourceArticle("a", "Budget", text, null, null))).candidates();
      assertThat(cs).hasSize(2);
      assertThat(cs.get(1).dangling()).as(opener).isTrue();
    }
  }
}
