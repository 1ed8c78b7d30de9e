package newsdesk.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.DateParser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The peer figure: ROME 2.1.0 run through the same conformance corpus and checks as our parser,
 * its SyndFeed mapped onto our model field by field (ROME keeps HTML as given; no sanitizing).
 * Run with the test classpath, see docs/benchmarks/feeds.md:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) newsdesk.feed.RomeBaseline ../shared/bench/feeds}
 */
public final class RomeBaseline {
  private RomeBaseline() {}

  /** Prints ROME's four figures, then (stderr) the corpus run time of ours and ROME's, measured alternately. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/feeds");
    ConformanceBenchmark bench = new ConformanceBenchmark();
    StandardFeedParser ours = new StandardFeedParser();
    FeedDates dates = new FeedDates();
    ConformanceBenchmark.Result rome = null;
    long oursNanos = 0, romeNanos = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      bench.run(dir, ours::parseResponse, dates::parse);
      long t1 = System.nanoTime();
      rome = bench.run(dir, RomeBaseline::parse, s -> toInstant(DateParser.parseDate(s, Locale.US)));
      long t2 = System.nanoTime();
      if (round > 0) { // the first round warms both up
        oursNanos += t1 - t0;
        romeNanos += t2 - t1;
      }
    }
    System.out.print(rome.summary());
    System.err.println("ROME dates: " + rome.feedparserDatesPassed() + " of dates.json, " + rome.minifluxDatesPassed()
        + " of dates-miniflux.json");
    System.err.printf(Locale.ROOT, "corpus time, rounds 2-3: ours %d ms, ROME %d ms, ours/ROME = %.2f%n",
        oursNanos / 1_000_000, romeNanos / 1_000_000, (double) oursNanos / romeNanos);
  }

  static Feed parse(byte[] body, java.util.Map<String, String> headers, URI documentUrl) throws Exception {
    String contentType = null;
    for (var h : headers.entrySet()) if (h.getKey().equalsIgnoreCase("content-type")) contentType = h.getValue();
    XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(body), true)
        : new XmlReader(new ByteArrayInputStream(body), contentType, true);
    SyndFeed f = new SyndFeedInput().build(reader);
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry e : f.getEntries()) entries.add(entry(e));
    List<FeedLink> links = new ArrayList<>();
    for (SyndLink l : f.getLinks()) links.add(link(l));
    TextConstruct title = f.getTitleEx() == null ? null : text(f.getTitleEx());
    TextConstruct subtitle = f.getDescriptionEx() == null ? null : text(f.getDescriptionEx());
    TextConstruct rights = f.getCopyright() == null ? null : new TextConstruct(f.getCopyright(), TextConstruct.PLAIN);
    FeedImage image = f.getImage() == null ? null : new FeedImage(f.getImage().getUrl(), f.getImage().getTitle(),
        f.getImage().getLink(), f.getImage().getWidth(), f.getImage().getHeight(), f.getImage().getDescription());
    return new Feed(version(f.getFeedType()), f.getTitle(), f.getLink(), f.getDescription(), f.getLanguage(), entries,
        reader.getEncoding() == null ? null : reader.getEncoding().toLowerCase(Locale.ROOT), f.getUri(), title, subtitle,
        rights, links, people(f.getAuthors()), people(f.getContributors()), categories(f.getCategories()), null,
        toInstant(f.getPublishedDate()), image, null, null,
        f.getGenerator() == null ? null : new Generator(f.getGenerator(), null, null));
  }

  private static FeedEntry entry(SyndEntry e) {
    List<TextConstruct> contents = new ArrayList<>();
    for (SyndContent c : e.getContents()) contents.add(text(c));
    List<FeedLink> links = new ArrayList<>();
    for (SyndLink l : e.getLinks()) links.add(link(l));
    List<Enclosure> enclosures = new ArrayList<>();
    for (SyndEnclosure x : e.getEnclosures()) {
      enclosures.add(new Enclosure(x.getUrl(), x.getType(), x.getLength() == 0 ? null : String.valueOf(x.getLength())));
    }
    TextConstruct summary = e.getDescription() == null ? null : text(e.getDescription());
    TextConstruct title = e.getTitleEx() == null ? null : text(e.getTitleEx());
    List<Person> authors = people(e.getAuthors());
    if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isEmpty()) authors = List.of(new Person(e.getAuthor(), null, null));
    List<String> names = new ArrayList<>();
    for (Person p : authors) if (p.name() != null) names.add(p.name());
    List<Category> tags = categories(e.getCategories());
    FeedSource source = null;
    if (e.getSource() != null) {
      SyndFeed s = e.getSource();
      source = new FeedSource(s.getUri(), s.getTitleEx() == null ? null : text(s.getTitleEx()), null, null, s.getLink(),
          null, people(s.getAuthors()), people(s.getContributors()), categories(s.getCategories()), null, null, null, null);
    }
    return new FeedEntry(e.getUri(), e.getLink(), e.getTitle(), summary == null ? null : summary.value(),
        contents.isEmpty() ? null : contents.get(0).value(), names, toInstant(e.getPublishedDate()),
        toInstant(e.getUpdatedDate()), tags.stream().map(Category::term).toList(), title, summary, contents, links,
        authors, people(e.getContributors()), tags, enclosures, e.getComments(), null, null, source);
  }

  private static TextConstruct text(SyndContent c) {
    String type = c.getType();
    if (type == null || type.equals("text")) type = TextConstruct.PLAIN;
    else if (type.equals("html")) type = TextConstruct.HTML;
    else if (type.equals("xhtml")) type = TextConstruct.XHTML;
    return new TextConstruct(c.getValue(), type);
  }

  private static FeedLink link(SyndLink l) {
    return new FeedLink(l.getHref(), l.getRel(), l.getType(), l.getTitle(), l.getHreflang(),
        l.getLength() == 0 ? null : String.valueOf(l.getLength()));
  }

  private static List<Person> people(List<SyndPerson> people) {
    List<Person> out = new ArrayList<>();
    for (SyndPerson p : people) out.add(new Person(p.getName(), p.getEmail(), p.getUri()));
    return out;
  }

  private static List<Category> categories(List<SyndCategory> categories) {
    List<Category> out = new ArrayList<>();
    for (SyndCategory c : categories) out.add(new Category(c.getName(), c.getTaxonomyUri(), c.getLabel()));
    return out;
  }

  private static String version(String romeType) {
    if (romeType == null) return null;
    return switch (romeType) {
      case "rss_0.9" -> "rss090";
      case "rss_0.91N" -> "rss091n";
      case "rss_0.91U" -> "rss091u";
      case "rss_0.92" -> "rss092";
      case "rss_0.93" -> "rss093";
      case "rss_0.94" -> "rss094";
      case "rss_1.0" -> "rss10";
      case "rss_2.0" -> "rss20";
      case "atom_0.3" -> "atom03";
      case "atom_1.0" -> "atom10";
      default -> romeType;
    };
  }

  private static Instant toInstant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
