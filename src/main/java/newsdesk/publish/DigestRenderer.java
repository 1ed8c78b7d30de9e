package newsdesk.publish;

import java.util.List;

/** Turns digest stories into one output format. */
public interface DigestRenderer {
  String render(List<DigestStory> stories);

  /** The renderer of a format name: text, markdown or json. */
  static DigestRenderer forFormat(String format) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> new TextDigestRenderer();
      case "markdown", "md" -> new MarkdownDigestRenderer();
      case "json" -> new JsonDigestRenderer();
      default -> throw new IllegalArgumentException("unknown format '" + format + "': use text, markdown or json");
    };
  }
}
