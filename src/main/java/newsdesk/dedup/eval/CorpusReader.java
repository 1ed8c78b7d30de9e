package newsdesk.dedup.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a corpus in the demo corpus's JSONL form: one object a line with {@code id}, {@code title},
 * {@code text} and optionally {@code section_guess}. A line that is not such an object is reported
 * to the warning sink and skipped; the others are still read.
 */
public final class CorpusReader {
  private final ObjectMapper json = new ObjectMapper();
  private final Consumer<String> warnings;

  public CorpusReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** The articles of {@code file} in file order. */
  public List<CorpusArticle> read(Path file) {
    List<CorpusArticle> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) continue;
        try {
          JsonNode node = json.readTree(line);
          String id = node.path("id").asText("");
          String text = node.path("text").asText("");
          if (id.isEmpty() || text.isBlank()) {
            warnings.accept(file + ":" + lineNumber + ": no id or no text, skipped");
            continue;
          }
          articles.add(new CorpusArticle(
              id, node.path("title").asText(""), text, node.path("section_guess").asText("")));
        } catch (JsonProcessingException e) {
          warnings.accept(file + ":" + lineNumber + ": not JSON (" + e.getOriginalMessage() + "), skipped");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file, e);
    }
    return articles;
  }
}
