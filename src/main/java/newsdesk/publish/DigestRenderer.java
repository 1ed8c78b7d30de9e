package newsdesk.publish;

import java.util.List;

/** Turns digest stories into one output format. */
public interface DigestRenderer {
  String render(List<DigestStory> stories);

  /** The renderer of a format name: text, markdown or json; unchecked for another name ({@link #find} asks). */
  static DigestRenderer forFormat(String format) {
    return find(format).orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "': use text, markdown or json"));
  }

  /** The renderer of a format name (text, markdown or md, json; any case), or empty for another name. */
  static java.util.Optional<DigestRenderer> find(String format) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> java.util.Optional.of(new TextDigestRenderer());
      case "markdown", "md" -> java.util.Optional.of(new MarkdownDigestRenderer());
      case "json" -> java.util.Optional.of(new JsonDigestRenderer());
      default -> java.util.Optional.empty();
    };
  }
}
