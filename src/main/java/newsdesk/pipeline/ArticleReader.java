package newsdesk.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsdesk.extract.Article;
import newsdesk.extract.ArticleExtractor;
import newsdesk.extract.Page;
import newsdesk.feed.FeedEntry;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import newsdesk.store.Source;
import newsdesk.text.CleanText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the article behind a feed entry: fetches its page and extracts it. Degrades instead of
 * dropping: when the page cannot be fetched, has no article, or has much less text than the
 * feed entry, the feed's text is kept and the candidate says so; so it is when the extractor
 * throws (then the page error names the page and the failure). The candidate also carries what
 * the page answered ({@link DeadLinks.State}): a page that answered 404 or 410 is gone, and no output
 * sends a reader there.
 */
final class ArticleReader {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleReader.class);
  /** The elements whose text is one paragraph of the feed's text. */
  private static final Set<String> BLOCKS = Set.of("p", "li", "blockquote", "h2", "h3", "h4");

  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final StageTimer timer;
  private final double minPageToFeedRatio;
  private final DeadLinks deadLinks;

  /**
   * @param minPageToFeedRatio see {@link Pipeline.Config#minPageToFeedRatio}
   * @param deadLinks          which answers mean the page is gone
   */
  ArticleReader(HttpFetcher fetcher, ArticleExtractor extractor, StageTimer timer, double minPageToFeedRatio,
      DeadLinks deadLinks) {
    this.deadLinks = java.util.Objects.requireNonNull(deadLinks, "deadLinks");
    this.timer = timer;
    this.minPageToFeedRatio = minPageToFeedRatio;
    this.fetcher = fetcher;
    this.extractor = extractor;
  }

  Candidate read(Source source, FeedEntry entry) {
    String feedText = feedText(entry);
    String link = EntryLinks.link(entry);
    Article article = null;
    String error = null;
    Integer status = null;
    DeadLinks.State state = DeadLinks.State.UNKNOWN;
    if (link == null || link.isBlank()) {
      error = "the entry has no link";
    } else {
      try {
        URI url = URI.create(link);
        long start = System.nanoTime();
        FetchResponse response;
        try {
          response = fetcher.getPage(url);
        } finally {
          timer.add("fetch", System.nanoTime() - start);
        }
        status = response.status();
        state = DeadLinks.State.LIVE; // whatever the extractor makes of it, the page is there to read
        Page page = new Page(response.finalUrl(), response.body(), response.contentType());
        try {
          article = timer.time("extract", () -> extractor.extract(page));
          if (article.isEmpty()) error = "no article found on the page";
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          // The extractor broke its contract (a bug, a page nested deeper than the stack allows,
          // or one bigger than the heap): this page costs its own article only, never the run,
          // and the entry keeps the feed's text like any unreadable page. Out of memory is sound
          // to survive here: extraction shares no mutable state, and what it allocated is
          // unreachable once it has unwound.
          LOG.warn("extracting {} failed", page.url(), e);
          error = "extracting " + page.url() + " failed: " + Failures.describe(e);
        }
      } catch (FetchException e) {
        error = e.reasonFor(URI.create(link)); // the summary names the link already
        status = e.status() > 0 ? e.status() : null;
        state = deadLinks.of(e);
      } catch (IllegalArgumentException e) {
        error = "bad link '" + link + "': " + e.getMessage();
      }
    }
    if (article == null) {
      article = new Article(link == null ? "" : link, null, null, null, null, null, null, null, null, "");
    }
    boolean pageIsEnough = !article.isEmpty() && article.text().length() >= minPageToFeedRatio * feedText.length();
    if (pageIsEnough) return new Candidate(source, entry, article, article.text(), "page", null, status, state);
    if (error == null) error = "the page has much less text than the feed entry";
    return new Candidate(source, entry, article, feedText, "feed", error, status, state);
  }

  /**
   * The entry's own text: its content, else its summary, as plain paragraphs, without the control
   * characters its character references may decode to ({@link CleanText}).
   */
  static String feedText(FeedEntry entry) {
    return CleanText.of(paragraphs(entry));
  }

  private static String paragraphs(FeedEntry entry) {
    String html = entry.content() != null && !entry.content().isBlank() ? entry.content() : entry.summary();
    if (html == null || html.isBlank()) return "";
    Element body = Jsoup.parseBodyFragment(html).body();
    List<Element> blocks = outermostBlocks(body);
    if (blocks.isEmpty()) return body.text().strip();
    StringBuilder b = new StringBuilder();
    for (Element block : blocks) {
      String t = block.text().strip();
      if (t.isEmpty()) continue;
      if (!b.isEmpty()) b.append("\n\n");
      b.append(t);
    }
    return b.toString();
  }

  /**
   * The blocks of {@code body} not inside another block (a nested one's text is its outer one's),
   * in document order, found in one walk of the tree: looking each block's ancestors up among
   * the blocks made a long entry cost minutes.
   */
  private static List<Element> outermostBlocks(Element body) {
    List<Element> outermost = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      private Node open; // the outermost block being walked through, if any

      @Override
      public void head(Node node, int depth) {
        if (open == null && node instanceof Element e && node != body && BLOCKS.contains(e.normalName())) {
          open = node;
          outermost.add(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == open) open = null;
      }
    }, body);
    return outermost;
  }
}
