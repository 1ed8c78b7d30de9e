package newsdesk.web;

import java.util.List;
import newsdesk.sources.DiscoveredSource;

/**
 * The add-a-source form as the sources page shows it: empty, refused (with why) or offering the
 * sources found behind the address typed, to pick one or several of them.
 *
 * @param typed   the address the reader typed, kept in the form ("" for an empty form)
 * @param error   why it was refused, or null
 * @param choices the sources found at {@code typed} when there were several, in discovery's order;
 *                empty when there is nothing to choose
 */
public record SourceForm(String typed, String error, List<DiscoveredSource> choices) {
  public SourceForm {
    typed = typed == null ? "" : typed;
    choices = List.copyOf(choices);
  }

  static SourceForm empty() {
    return new SourceForm("", null, List.of());
  }

  static SourceForm refused(String typed, String error) {
    return new SourceForm(typed, error, List.of());
  }

  public boolean choosing() {
    return !choices.isEmpty();
  }

  /**
   * What a reader choosing between sources calls its type: the feed's family (RSS, Atom, JSON Feed;
   * versions tell readers nothing useful here), else its kind ({@code feed}, {@code sitemap}).
   */
  public static String typeOf(DiscoveredSource source) {
    String f = source.format();
    if (f == null || !source.kind().equals("feed")) return source.kind();
    if (f.startsWith("rss")) return "RSS";
    if (f.startsWith("atom")) return "Atom";
    if (f.startsWith("json")) return "JSON Feed";
    return f.toUpperCase(java.util.Locale.ROOT);
  }
}
