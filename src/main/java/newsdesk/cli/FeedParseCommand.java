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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk feed parse FILE|URL}: parses one feed document and prints it. A URL is read only
 * when it is a {@code file:} URL; fetching over the network is the fetcher's job, so an http(s) URL
 * is refused with a hint.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse a feed document (RSS 0.9x-2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed) and print it.")
public final class FeedParseCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "FILE|URL", description = "a feed file, or a file: URL")
  String input;

  @Option(names = "--url", paramLabel = "BASE", description = "the document's URL, for resolving relative links")
  String base;

  @Option(names = "--content-type", paramLabel = "TYPE", description = "the HTTP Content-Type it was served with")
  String contentType;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    Path path = toPath(input);
    byte[] body;
    try {
      body = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserError(input + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot read: " + e.getMessage(), e);
    }
    URI documentUrl = base != null ? uri(base, "--url") : path.toAbsolutePath().toUri();
    Feed feed;
    try {
      feed = new StandardFeedParser().parse(body, contentType, documentUrl);
    } catch (FeedParseException e) {
      throw new UserError(input + ": not a readable feed: " + e.getMessage(), e);
    }
    System.out.print(format == Format.json ? json(feed) : text(feed));
    return 0;
  }

  private Path toPath(String in) {
    if (in.matches("(?i)https?://.*")) {
      throw new UserError(in + ": fetching is not done by 'feed parse'; download the feed and pass the file with --url " + in);
    }
    if (in.regionMatches(true, 0, "file:", 0, 5)) return Path.of(uri(in, "FILE|URL"));
    return Path.of(in);
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
          .writerWithDefaultPrettyPrinter().writeValueAsString(feed) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Feed feed) {
    StringBuilder sb = new StringBuilder();
    sb.append("format:   ").append(feed.format()).append(" (").append(feed.encoding()).append(")\n");
    line(sb, "title:    ", feed.title());
    line(sb, "link:     ", feed.link());
    line(sb, "subtitle: ", feed.description());
    line(sb, "language: ", feed.language());
    line(sb, "updated:  ", feed.updated() == null ? null : feed.updated().toString());
    sb.append("entries:  ").append(feed.entries().size()).append('\n');
    for (FeedEntry e : feed.entries()) {
      sb.append('\n');
      line(sb, "- title:     ", e.title());
      line(sb, "  link:      ", e.link());
      line(sb, "  id:        ", e.id());
      line(sb, "  published: ", e.published() == null ? null : e.published().toString());
      line(sb, "  updated:   ", e.updated() == null ? null : e.updated().toString());
      if (!e.authors().isEmpty()) line(sb, "  authors:   ", String.join(", ", e.authors()));
      if (!e.categories().isEmpty()) line(sb, "  tags:      ", String.join(", ", e.categories()));
      for (var x : e.enclosures()) line(sb, "  enclosure: ", x.url() + (x.type() == null ? "" : " (" + x.type() + ")"));
      line(sb, "  summary:   ", e.summary());
      if (e.content() != null) line(sb, "  content:   ", e.content().length() + " characters of HTML");
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    if (value != null && !value.isEmpty()) sb.append(label).append(value.replace("\n", " ")).append('\n');
  }
}
