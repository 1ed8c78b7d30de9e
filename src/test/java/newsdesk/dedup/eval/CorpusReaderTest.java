package newsdesk.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;

  @Test
  void aLineWithoutIdOrTextIsSkippedInTheSharedWordingAndTheOthersAreRead() throws Exception {
    Path file = Files.writeString(dir.resolve("corpus.jsonl"), """
        {"id":"a","title":"Budget","text":"Parliament approved the budget.","section_guess":"Politics"}
        {"id":"b","title":"Empty","text":"  "}

        {"id":"c","text":"A storm reached the coast."}
        """);
    List<String> warnings = new ArrayList<>();
    List<CorpusArticle> articles = new CorpusReader(warnings::add).read(file);
    assertThat(articles).extracting(CorpusArticle::id).containsExactly("a", "c");
    assertThat(warnings).containsExactly(file + " line 2 skipped: no id or no text");
  }
}
