package newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import newsdesk.io.InputFiles;

/**
 * Turns command-line inputs (a file or its {@code file:} URL, a folder of {@code .html}/{@code .htm} files,
 * an http(s) URL, {@code -} for standard input) into {@link Page}s. A path that exists without being a regular file
 * ({@code /dev/stdin}, a pipe's {@code /dev/fd/N}) is read as a stream. A plain, bounded fetch: the pipeline's fetcher (politeness, caching) is
 * separate.
 */
public final class PageSource {
  private static final long MAX_FETCH_BYTES = 64L << 20;
  private final URI baseUrl;
  private final UrlLoader urls;

  /** Fetches the page at an http(s) URL; an IOException's message says what went wrong, in words. */
  @FunctionalInterface
  public interface UrlLoader {
    Page load(URI url) throws IOException;
  }

  /**
   * @param baseUrl the URL local files are given as their {@link Page#url()}, or null for file: URIs
   * @param urls    loads http(s) inputs
   */
  public PageSource(URI baseUrl, UrlLoader urls) {
    this.baseUrl = baseUrl;
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  /** One input to load, named as the user wrote it (folder entries: folder/name). */
  public interface Input {
    String name();

    String url();

    Page load() throws IOException;
  }

  /**
   * An input that names neither an existing file or folder nor a valid http(s) URL: the user's
   * mistake, which a command reports with the input's name (and goes on with the others).
   */
  public static final class UnknownInputException extends Exception {
    private final String input;
    private final String problem;

    UnknownInputException(String input, String problem) {
      super(input + ": " + problem);
      this.input = input;
      this.problem = problem;
    }

    /** The input as the user wrote it. */
    public String input() {
      return input;
    }

    /** What is wrong with it, without its name ({@code no such file, folder or http(s) URL}). */
    public String problem() {
      return problem;
    }
  }

  /**
   * The inputs {@code arg} stands for.
   *
   * @throws UnknownInputException when it is neither a valid http(s) URL nor an existing path
   * @throws IOException           when a folder cannot be listed
   */
  public List<Input> expand(String arg) throws IOException, UnknownInputException {
    String lower = arg.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri;
      try {
        uri = URI.create(arg);
      } catch (IllegalArgumentException e) {
        throw new UnknownInputException(arg, "not a valid URL");
      }
      return List.of(new UrlInput(arg, uri));
    }
    Path path = localPath(arg);
    if (InputFiles.isStdin(path)) return List.of(new FileInput(arg, path));
    if (Files.isDirectory(path)) {
      List<Input> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(path)) {
        files
            .filter(p -> {
              String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
              return (n.endsWith(".html") || n.endsWith(".htm")) && Files.isRegularFile(p);
            })
            .sorted()
            .forEach(p -> out.add(new FileInput(p.toString(), p)));
      }
      return out;
    }
    if (Files.exists(path)) return List.of(new FileInput(arg, path));
    throw new UnknownInputException(arg, "no such file, folder or http(s) URL");
  }

  /** The local path {@code arg} names: a path, or a {@code file:} URL as {@code feed parse} takes it. */
  private static Path localPath(String arg) throws UnknownInputException {
    try {
      return arg.regionMatches(true, 0, "file:", 0, 5) ? Path.of(new URI(arg)) : Path.of(arg);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      // Another host's file: URL, a relative one, a NUL in a path: nothing on this machine.
      throw new UnknownInputException(arg, "not a local file (a file: URL names one as file:///path/page.html)");
    }
  }

  private final class FileInput implements Input {
    private final String name;
    private final Path path;

    FileInput(String name, Path path) {
      this.name = name;
      this.path = path;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String url() {
      if (baseUrl != null) return baseUrl.toString();
      return (InputFiles.isStdin(path) ? Path.of("/dev/stdin") : path.toAbsolutePath().normalize()).toUri().toString();
    }

    @Override
    public Page load() throws IOException {
      // Bounded memory: the extractor refuses big pages anyway, so do not read them in full.
      try (InputStream in = InputFiles.open(path)) {
        return new Page(URI.create(url()), in.readNBytes((int) MAX_FETCH_BYTES + 1), null);
      }
    }
  }

  private final class UrlInput implements Input {
    private final String name;
    private final URI uri;

    UrlInput(String name, URI uri) {
      this.name = name;
      this.uri = uri;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String url() {
      return uri.toString();
    }

    @Override
    public Page load() throws IOException {
      return urls.load(uri);
    }
  }
}
