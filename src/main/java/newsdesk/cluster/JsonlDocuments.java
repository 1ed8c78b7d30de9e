package newsdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newsdesk.io.JsonlReader;

/**
 * Reads {@code {"id","date","title","text"}} lines (other fields ignored) with {@link JsonlReader}:
 * a line that is not such an object (not UTF-8, not JSON, no id, an empty id or one holding a tab or
 * line break, which an {@code id<TAB>story} line cannot carry) is reported and skipped; an
 * unreadable date is reported and treated as unknown. An id already given on an earlier line is
 * reported (naming both lines) and the document is kept, so that the output keeps one line per
 * input line; the story of such an id is the one its last document joined.
 */
public final class JsonlDocuments {
  private JsonlDocuments() {}

  /**
   * The documents of {@code file} in file order; problems go to {@code warnings}, worded as
   * {@link JsonlReader#skipped} ({@code FILE line N skipped: no "id"}) or {@link JsonlReader#note}.
   */
  public static List<ClusterDocument> read(Path file, Consumer<String> warnings) throws IOException {
    List<ClusterDocument> out = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    JsonlReader.read(file, (node, line) -> {
      JsonNode id = node.get("id");
      if (id == null || id.isNull() || id.isContainerNode()) throw new JsonlReader.BadLine("no \"id\"");
      if (id.asText().isEmpty()) throw new JsonlReader.BadLine("empty \"id\"");
      // The output is 'id<TAB>story' lines: such an id would shift its columns or split its line.
      if (id.asText().chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
        throw new JsonlReader.BadLine("\"id\" holds a tab or line break");
      }
      Integer first = firstLine.putIfAbsent(id.asText(), line);
      if (first != null) {
        warnings.accept(JsonlReader.note(file, line, "duplicate id \"" + id.asText() + "\" (also on line " + first
            + "); every line of this id shows the story of its last one"));
      }
      Instant date = null;
      String rawDate = text(node, "date");
      if (!rawDate.isEmpty()) {
        date = parseDate(rawDate);
        if (date == null) warnings.accept(JsonlReader.note(file, line, "unreadable date '" + rawDate + "', treated as unknown"));
      }
      out.add(new ClusterDocument(id.asText(), date, text(node, "title"), text(node, "text"), text(node, "outlet")));
    }, warnings);
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  /** ISO instant, offset date-time, local date-time (UTC) or plain date (midnight UTC); null when none of these. */
  static Instant parseDate(String raw) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      // A date-time without offset is taken as UTC, as a plain date is, keeping its time of day.
      return java.time.LocalDateTime.parse(raw.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
