package newsdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSONL file (one JSON object a line, UTF-8; {@code -} for standard input, and pipes such
 * as {@code /dev/stdin}, see {@link InputFiles}) for the commands that take one, and words what
 * is wrong with a line the same way for all of them. Blank lines are passed over, and so is a byte
 * order mark at the start of any line; a line that is not UTF-8, not JSON (also: more than one value
 * on it), not an object, or that the {@link LineConsumer} refuses ({@link BadLine}) is
 * reported as {@link #skipped} and the next line goes on, so that one bad line never stops the
 * others. The commands put their own name in front ({@code newsdesk cluster: in.jsonl line 3
 * skipped: not JSON (...)}).
 */
public final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlReader() {}

  /** Takes one JSON object of the file; throws {@link BadLine} to skip it. */
  @FunctionalInterface
  public interface LineConsumer {
    /**
     * @param object the line's object
     * @param line the line's number, from 1
     */
    void accept(JsonNode object, int line) throws BadLine;
  }

  /** A line that cannot be used; the message says what is wrong with it ({@code no "id"}). */
  public static final class BadLine extends Exception {
    public BadLine(String problem) {
      super(problem, null, false, false);
    }
  }

  /**
   * Gives each object of {@code file} to {@code consumer} in file order; each line skipped goes to
   * {@code problems} as {@link #skipped}. Returns how many lines were skipped.
   *
   * @throws IOException when the file cannot be read at all (e.g. {@code NoSuchFileException})
   */
  public static int read(Path file, LineConsumer consumer, Consumer<String> problems) throws IOException {
    int skipped = 0;
    try (Utf8Lines in = Utf8Lines.open(file)) {
      while (true) {
        String line;
        try {
          line = in.readLine();
        } catch (Utf8Lines.NotUtf8Exception e) {
          problems.accept(skipped(file, e.line(), e.problem()));
          skipped++;
          continue;
        }
        if (line == null) return skipped;
        // Files joined with cat keep each one's byte order mark, at the start of a later line.
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        int number = in.lineNumber();
        try {
          consumer.accept(object(line), number);
        } catch (BadLine e) {
          problems.accept(skipped(file, number, e.getMessage()));
          skipped++;
        }
      }
    }
  }

  private static JsonNode object(String line) throws BadLine {
    JsonNode node;
    try (JsonParser parser = JSON.createParser(line)) {
      node = JSON.readTree(parser);
      // Two objects run together (a lost newline) would otherwise lose the second without a word.
      if (parser.nextToken() != null) throw new BadLine("not JSON (more after the object; one object a line)");
    } catch (JsonProcessingException e) {
      throw new BadLine("not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source cannot fail to read
    }
    if (node == null || !node.isObject()) throw new BadLine("not a JSON object");
    return node;
  }

  /** The one wording of a skipped line: {@code FILE line N skipped: PROBLEM}. */
  public static String skipped(Path file, int line, String problem) {
    return InputFiles.name(file) + " line " + line + " skipped: " + problem;
  }

  /** A problem with a line that is still used: {@code FILE line N: PROBLEM}. */
  public static String note(Path file, int line, String problem) {
    return InputFiles.name(file) + " line " + line + ": " + problem;
  }
}
