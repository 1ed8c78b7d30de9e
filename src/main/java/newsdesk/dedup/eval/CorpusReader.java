package newsdesk.dedup.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import newsdesk.io.JsonlReader;

/**
 * Reads a corpus in the demo corpus's JSONL form: one object a line with {@code id}, {@code title},
 * {@code text} and optionally {@code section_guess}, with {@link JsonlReader}: a line that is not such
 * an object is reported to the warning sink and skipped; the others are still read.
 */
public final class CorpusReader {
  private final Consumer<String> warnings;

  public CorpusReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /**
   * The articles of {@code file} in file order; a line skipped is reported as
   * {@link JsonlReader#skipped} ({@code FILE line N skipped: no id or no text}).
   */
  public List<CorpusArticle> read(Path file) {
    List<CorpusArticle> articles = new ArrayList<>();
    try {
      JsonlReader.read(file, (node, line) -> {
        String id = node.path("id").asText("");
        String text = node.path("text").asText("");
        if (id.isEmpty() || text.isBlank()) throw new JsonlReader.BadLine("no id or no text");
        articles.add(new CorpusArticle(id, node.path("title").asText(""), text, node.path("section_guess").asText("")));
      }, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file, e);
    }
    return articles;
  }
}
