package newsdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsdesk.store.WebUrls;

/**
 * A feed newsdesk publishes (the digest, a saved search), before it is written as Atom or JSON Feed.
 *
 * @param id      permanent, unique id (an IRI)
 * @param title   the feed's title
 * @param homeUrl the page the feed mirrors (absolute)
 * @param feedUrl the feed's own address (absolute)
 * @param updated when it last changed (the newest item, else the given time)
 * @param items   entries, newest first
 */
public record OutputFeed(String id, String title, String homeUrl, String feedUrl, Instant updated, List<Item> items) {
  public OutputFeed {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(updated, "updated");
    items = List.copyOf(items);
  }

  /**
   * One entry.
   *
   * @param id        permanent, unique id (an IRI)
   * @param title     plain-text title
   * @param url       the page it links to (absolute http(s)); any other link is made null, so that
   *                  no renderer writes a {@code javascript:} or {@code data:} link
   * @param published first publication, or null
   * @param updated   last change (never null)
   * @param authors   author names (outlets); at least one
   * @param text      plain-text body
   * @param html      the same body as HTML, built from escaped text only
   * @param language  the BCP 47 tag of its text's language, or null when unknown
   */
  public record Item(String id, String title, String url, Instant published, Instant updated, List<String> authors,
      String text, String html, String language) {
    /** An entry whose language is unknown. */
    public Item(String id, String title, String url, Instant published, Instant updated, List<String> authors,
        String text, String html) {
      this(id, title, url, published, updated, authors, text, html, null);
    }

    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(updated, "updated");
      url = WebUrls.webUrlOrNull(url);
      title = title == null ? "" : title;
      authors = authors == null || authors.isEmpty() ? List.of("newsdesk") : List.copyOf(authors);
      text = text == null ? "" : text;
      html = html == null ? "" : html;
    }
  }
}
