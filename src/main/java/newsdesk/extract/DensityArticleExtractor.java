package newsdesk.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import newsdesk.text.CleanText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The newsdesk article extractor: decodes the page ({@link PageDecoder}), parses it with jsoup
 * (nesting bounded by {@link ExtractionSettings#maxDepth}), reads the metadata
 * ({@link MetadataExtractor}), lays the body out as text blocks ({@link BlockLinearizer}), finds
 * the article container by text density ({@link ContentSelector}) and drops furniture lines
 * ({@link BlockFilter}). Thread-safe and stateless between calls; never throws for a bad page.
 */
public final class DensityArticleExtractor implements ArticleExtractor {
  private final ExtractionSettings settings;
  private final PageDecoder decoder;
  private final MetadataExtractor metadata;
  private final BlockLinearizer linearizer;
  private final ContentSelector selector;
  private final BlockFilter filter;

  /** An extractor with the shipped boilerplate patterns and tuned settings. */
  public DensityArticleExtractor() {
    this(BoilerplatePatterns.defaults(), ExtractionSettings.defaults());
  }

  public DensityArticleExtractor(BoilerplatePatterns patterns, ExtractionSettings settings) {
    this(patterns, settings, AuthorMarkers.defaults());
  }

  public DensityArticleExtractor(BoilerplatePatterns patterns, ExtractionSettings settings, AuthorMarkers authorMarkers) {
    Objects.requireNonNull(patterns, "patterns");
    Objects.requireNonNull(authorMarkers, "authorMarkers");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.decoder = new PageDecoder(settings.maxPageBytes());
    this.metadata = new MetadataExtractor(new ObjectMapper(), authorMarkers, BylineWords.defaults());
    this.linearizer = new BlockLinearizer(patterns, settings.denseScriptWeight());
    this.selector = new ContentSelector(patterns, settings);
    this.filter = new BlockFilter(patterns, settings, selector);
  }

  @Override
  public Article extract(Page page) {
    return explain(page).article();
  }

  /** Extracts the article of {@code page} and says why when its body is empty. */
  public Extraction explain(Page page) {
    Objects.requireNonNull(page, "page");
    String url = page.url().toString();
    String html;
    try {
      html = decoder.decode(page);
    } catch (UnreadablePageException e) {
      return new Extraction(emptyArticle(url), e.getMessage(), true);
    }
    Document doc = parse(html, url);
    PageMetadata meta = metadata.read(doc, page.url());
    Element body = doc.body();
    List<TextBlock> article = body == null ? List.of()
        : filter.filter(selector.select(linearizer.layout(body), BodyHint.of(meta.articleBodyHint(), settings)).blocks(), meta);
    // Character references decode to control characters no page or feed may carry (CleanText).
    String text = CleanText.of(render(article));
    Article result =
        new Article(url, meta.canonicalUrl(), CleanText.of(meta.title()), meta.authors().stream().map(CleanText::of).toList(),
            meta.published(), CleanText.of(meta.siteName()), meta.language(), CleanText.of(meta.description()), meta.image(), text,
            meta.publishedDayOnly());
    return new Extraction(result, text.isEmpty() ? "no article text found" : null);
  }

  /** Parses {@code html} as jsoup does, with the nesting bound of these settings. */
  public Document parse(String html, String baseUri) {
    Parser parser = Parser.htmlParser().setMaxDepth(settings.maxDepth());
    return parser.parseInput(html, baseUri);
  }

  private static String render(List<TextBlock> blocks) {
    StringBuilder sb = new StringBuilder();
    for (TextBlock b : blocks) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(b.text());
    }
    return sb.toString();
  }

  private static Article emptyArticle(String url) {
    return new Article(url, null, null, List.of(), null, null, null, null, null, "");
  }
}
