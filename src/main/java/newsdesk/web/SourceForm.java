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
}
