package newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.FeedParseException;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk feed parse FILE|URL}: parses one feed document and prints it. An http(s) URL is
 * fetched as {@code fetch} fetches a feed ({@link HttpFetcher}: redirects, content codings, size
 * cap, the private-network rule), so that what this shows is what the pipeline would parse.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse a feed document (RSS 0.9x-2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed) and print it.")
public final class FeedParseCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "FILE|URL", description = "A feed file, a file: URL or an http(s) URL.")
  String input;

  @Option(names = "--url", paramLabel = "BASE", description = "The document's URL, for resolving relative links.")
  String base;

  @Option(names = "--content-type", paramLabel = "TYPE", description = "The HTTP Content-Type it was served with.")
  String contentType;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: text or json (default: text).")
  Format format = Format.text;

  @Mixin NetworkOptions network;

  /** A media type as a Content-Type header gives it: type/subtype, then optional parameters. */
  private static final java.util.regex.Pattern MEDIA_TYPE =
      java.util.regex.Pattern.compile("\\s*[\\w!#$&^.+-]+/[\\w!#$&^.+-]+\\s*(;.*)?");

  @Override
  public Integer call() {
    if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
      throw new UserError("--content-type '" + contentType + "' is not a media type such as application/rss+xml"
          + " or text/xml; charset=utf-8");
    }
    byte[] body;
    URI documentUrl;
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    if (input.matches("(?i)https?://.*")) {
      URI url = uri(input, "FILE|URL");
      FetchResponse response = get(url);
      body = response.body();
      if (response.truncated()) System.err.println("newsdesk feed parse: " + input + ": body larger than the size limit, cut");
      if (response.contentType() != null) headers.put("Content-Type", response.contentType());
      documentUrl = base != null ? uri(base, "--url") : response.finalUrl();
    } else {
      Path path = toPath(input);
      String unreadable = newsdesk.io.InputFiles.problem(path);
      if (unreadable != null) throw new UserError(input + ": " + unreadable); // a folder, a missing file
      try {
        body = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        throw new UserError(input + ": no such file");
      } catch (IOException e) {
        throw new UncheckedIOException(input + ": cannot read: " + FileProblem.describe(e), e);
      }
      documentUrl = base != null ? uri(base, "--url") : path.toAbsolutePath().toUri();
    }
    Feed feed;
    try {
      if (contentType != null) headers.put("Content-Type", contentType);
      feed = new StandardFeedParser().parseResponse(body, headers, documentUrl);
    } catch (FeedParseException e) {
      throw new CommandFailure(input + ": not a readable feed: " + e.getMessage(), e);
    }
    // The parser gives a document without any element an empty feed of no format (as feedparser
    // does, for the pipeline); asked to parse one document, that is a document that is not a feed.
    if (newsdesk.feed.NotAFeed.applies(feed)) {
      throw new CommandFailure(input + ": not a readable feed: " + newsdesk.feed.NotAFeed.reason(body));
    }
    System.out.print(format == Format.json ? json(feed) : text(feed));
    // What could be read is shown, but a damaged document of which no entry could be read is a failed
    // parse for scripts, as a truncated download is for `sources add`.
    if (feed.damaged() && feed.readEntries().isEmpty()) {
      System.out.flush();
      throw new CommandFailure(input + ": damaged: " + feed.damageSummary());
    }
    return 0;
  }

  private FetchResponse get(URI url) {
    try (HttpFetcher fetcher = new HttpFetcher(network.config())) {
      return fetcher.get(url, null, null);
    } catch (FetchException e) {
      // As the pipeline says it ("redirect loop: ...", "HTTP 404"), after the input's name.
      throw new UncheckedIOException(input + ": " + e.reasonFor(url), new IOException(e.getMessage(), e));
    }
  }

  private Path toPath(String in) {
    try {
      if (in.regionMatches(true, 0, "file:", 0, 5)) return Path.of(uri(in, "FILE|URL"));
      return Path.of(in);
    } catch (IllegalArgumentException e) { // a file: URL of another host, a relative file: URL, a NUL in a path
      throw new UserError(in + ": not a local file (" + e.getMessage() + "); a file: URL names one as file:///path/feed.xml");
    }
  }

  private static URI uri(String s, String what) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new UserError(what + " " + s + ": not a valid URL (" + e.getReason() + ")");
    }
  }

  private static String json(Feed feed) {
    try {
      return new ObjectMapper().registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .writeValueAsString(feed) + "\n"; // compact, as digest and search print
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "HTML", or "text" when the entry's content is plain text (a JSON Feed's content_text, an Atom type="text"). */
  private static String contentKind(newsdesk.feed.FeedEntry e) {
    return e.contents().stream().filter(c -> e.content().equals(c.value())).findFirst()
        .map(c -> c.containsMarkup() ? "HTML" : "text").orElse("HTML");
  }

  private static String text(Feed feed) {
    StringBuilder sb = new StringBuilder();
    sb.append("format:   ").append(feed.format()).append(" (").append(feed.encoding()).append(")\n");
    line(sb, "title:    ", feed.title());
    line(sb, "link:     ", feed.link());
    line(sb, "subtitle: ", feed.description());
    line(sb, "language: ", feed.language());
    line(sb, "updated:  ", feed.updated() == null ? null : feed.updated().toString());
    line(sb, "damaged:  ", String.join("; ", feed.problems()));
    sb.append("entries:  ").append(feed.entries().size()).append('\n');
    for (FeedEntry e : feed.entries()) {
      sb.append('\n');
      line(sb, "- title:     ", e.title());
      line(sb, "  link:      ", e.link());
      line(sb, "  id:        ", e.id());
      line(sb, "  published: ", e.published() == null ? null
          : e.published() + (e.publishedDayOnly() ? " (the day alone: no time of day given)" : ""));
      line(sb, "  updated:   ", e.updated() == null ? null
          : e.updated() + (e.updatedDayOnly() ? " (the day alone: no time of day given)" : ""));
      if (!e.authors().isEmpty()) line(sb, "  authors:   ", String.join(", ", e.authors()));
      if (!e.categories().isEmpty()) line(sb, "  tags:      ", String.join(", ", e.categories()));
      for (var x : e.enclosures()) line(sb, "  enclosure: ", x.url() + (x.type() == null ? "" : " (" + x.type() + ")"));
      line(sb, "  summary:   ", e.summary());
      if (e.content() != null) line(sb, "  content:   ", e.content().length() + " characters of " + contentKind(e));
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    if (value != null && !value.isEmpty()) sb.append(label).append(value.replace("\n", " ")).append('\n');
  }
}
