package newsdesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.dedup.ContentCheck;
import newsdesk.dedup.ContentVerdict;
import newsdesk.extract.Article;
import newsdesk.extract.DensityArticleExtractor;
import newsdesk.extract.Extraction;
import newsdesk.extract.PageSource;
import newsdesk.extract.Page;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.NetworkFailure;
import newsdesk.text.LanguageDetector;
import newsdesk.text.LanguageTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk extract}: the article text and metadata of pages, files or URLs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article (body text and metadata) of web pages.",
      "INPUT is an HTML file, a folder (every .html/.htm file in it, in sorted order) or an http(s) URL. An input "
          + "without an article, or that cannot be read, gets an 'error' saying why (unread ones, including a page that "
          + "is not HTML, are named on stderr in every format), and the others go on.",
      "The output's 'language' is the one the pipeline records: the page's declared language unless the language detector is sure "
          + "of another, and the detected one when the page declares none.",
      "URLs are fetched as 'fetch' fetches pages (redirects, compression, the private-network rule; robots.txt is not "
          + "asked). The output's 'content' says whether the text passes the pipeline's content check (a cookie wall "
          + "or error page does not, and gets an 'error' saying so)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done: at least one input could be read",
        "1:no input could be read", "2:a usage error (no input exists, a bad option)"})
public final class ExtractCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format (default: ${DEFAULT-VALUE}): text, json (one array) or jsonl (one object a line).")
  Format format;

  @Option(names = "--base-url", paramLabel = "URL", description = "URL to resolve links of local files against (default: the file's file: URI).")
  String baseUrl;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or URLs; - reads standard input.")
  List<String> inputs;

  @Mixin NetworkOptions network;

  @Spec CommandSpec spec;

  private final OutputStream stdout;

  public ExtractCommand() {
    this(System.out);
  }

  /** A command printing its results to {@code stdout} (UTF-8). */
  public ExtractCommand(OutputStream stdout) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() throws IOException {
    URI base = null;
    if (baseUrl != null) {
      try {
        base = URI.create(baseUrl);
        if (!base.isAbsolute()) throw new IllegalArgumentException("not absolute");
      } catch (IllegalArgumentException e) {
        throw new UserError("--base-url " + baseUrl + " is not an absolute URL");
      }
    }
    try (HttpFetcher fetcher = new HttpFetcher(network.config())) {
      return extract(new PageSource(base, url -> fetch(fetcher, url)));
    }
  }

  /** The page at {@code url} as the pipeline fetches it; a failure's message is the pipeline's reason. */
  private static Page fetch(HttpFetcher fetcher, URI url) throws IOException {
    try {
      FetchResponse response = fetcher.get(url, null, null);
      return new Page(response.finalUrl(), response.body(), response.contentType());
    } catch (FetchException e) {
      throw new IOException(e.reasonFor(url), e);
    }
  }

  private int extract(PageSource source) throws IOException {
    List<PageSource.Input> all = new ArrayList<>();
    List<Unusable> unusable = new ArrayList<>();
    for (String input : inputs) {
      try {
        all.addAll(source.expand(input));
      } catch (PageSource.UnknownInputException e) {
        // A missing file among several inputs is that input's error, as an unreachable URL is: the others go on.
        Unusable u = new Unusable(e.input(), e.problem());
        unusable.add(u);
        all.add(u);
      }
    }
    var problems = ErrorReporter.inputProblems(spec.commandLine());
    if (unusable.size() == inputs.size()) {
      // Nothing the user named exists: a usage mistake, not a run whose inputs failed to read.
      unusable.forEach(u -> problems.accept(u.name() + ": " + u.problem()));
      return ErrorReporter.USER_ERROR;
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    DensityArticleExtractor extractor = new DensityArticleExtractor();
    ContentCheck contentCheck = ContentCheck.bundled();
    LanguageDetector languages = new LanguageDetector();
    ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    PrintStream out = new PrintStream(new NonClosing(stdout), false, StandardCharsets.UTF_8);
    int failures = 0;
    try (SequenceWriter array = format == Format.json ? json.writer().writeValuesAsArray(out) : null) {
      for (PageSource.Input input : all) {
        ObjectNode node;
        Extraction extraction = null;
        try {
          if (input instanceof Unusable u) {
            failures++;
            node = errorJson(json, u.name(), null, u.problem());
            problems.accept(u.name() + ": " + u.problem());
          } else {
            extraction = extractor.explain(input.load());
            node = toJson(json, input.name(), extraction, contentCheck.check(extraction.article().title(), extraction.article().text()),
                language(languages, extraction.article()));
            if (extraction.unreadable()) {
              // Not HTML at all (empty, binary, plain text): an unread input, named on stderr in every format.
              failures++;
              err.println("newsdesk extract: " + input.name() + ": " + extraction.problem());
            }
          }
        } catch (IOException | UncheckedIOException e) {
          failures++;
          IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
          // A fetch failure reads as the pipeline reports it ("HTTP 404", "redirect loop: ...").
          String problem = cause.getCause() instanceof FetchException ? cause.getMessage()
              : "cannot read: " + readProblem(input, cause);
          node = errorJson(json, input.name(), input.url(), problem);
          err.println("newsdesk extract: " + input.name() + ": " + problem);
        } catch (RuntimeException e) {
          // A page that trips the extractor must not stop the others; it is named, with what went wrong.
          failures++;
          String problem = "cannot extract: " + ErrorReporter.message(e);
          node = errorJson(json, input.name(), input.url(), problem);
          err.println("newsdesk extract: " + input.name() + ": " + problem);
        }
        switch (format) {
          case json -> array.write(node);
          case jsonl -> {
            out.println(json.writeValueAsString(node));
          }
          case text -> {
            if (all.size() > 1) out.println("==> " + input.name() + " <==");
            String text = node.path("text").asText("");
            if (!text.isEmpty()) out.println(text);
            // A read failure was reported above on stderr; an extraction's problem is reported here.
            // With several inputs, a section without text says why in its place.
            if (text.isEmpty() && all.size() > 1 && !node.path("error").isNull()) out.println("(" + node.path("error").asText() + ")");
            if (extraction != null && !extraction.unreadable() && !node.path("error").isNull()) {
              err.println("newsdesk extract: " + input.name() + ": " + node.path("error").asText());
            }
            if (all.size() > 1) out.println();
          }
        }
        out.flush();
      }
    }
    out.flush();
    // As cluster and summarize: the run fails only when no input gave anything.
    return failures > 0 && failures == all.size() ? 1 : 0;
  }

  /**
   * The language the pipeline records for {@code a} ({@link LanguageTags#resolve}): the declared
   * one unless the detector, reading headline and body as the pipeline does, is sure of another;
   * the detected one when the page declares none.
   */
  private static String language(LanguageDetector languages, Article a) {
    if (a.text().isBlank()) return a.language();
    String detected = languages.detect(DocumentAnalyzer.languageText(a.title(), a.text())).code();
    return LanguageTags.resolve(a.language(), detected);
  }

  /** Why {@code input} could not be loaded, in words (never null, never just a class or path). */
  private static String readProblem(PageSource.Input input, IOException e) {
    if (input.name().matches("(?i)https?://.*")) return NetworkFailure.describe(URI.create(input.url()), e);
    return FileProblem.describe(e);
  }

  /**
   * One input's result; {@code content} is the pipeline's content check of the text: a page that
   * fails it for no-content phrases (a cookie wall, a bot check, an error page) gets an error
   * saying so when extraction itself found none, since the pipeline would not keep its text.
   */
  static ObjectNode toJson(ObjectMapper json, String input, Extraction extraction, ContentVerdict content, String language) {
    Article a = extraction.article();
    ObjectNode o = json.createObjectNode();
    o.put("input", input);
    o.put("url", a.url());
    o.put("canonical_url", a.canonicalUrl());
    o.put("title", a.title());
    o.putArray("authors").addAll(a.authors().stream().map(json.getNodeFactory()::textNode).toList());
    o.put("published", a.published() == null ? null : a.published().toString());
    // As the web API has it: only the day is known, published is midnight UTC of it.
    if (a.published() != null && a.publishedDayOnly()) o.put("published_precision", "day");
    o.put("site_name", a.siteName());
    o.put("language", language);
    o.put("description", a.description());
    o.put("image", a.image());
    o.put("text", a.text());
    o.put("content", content.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    String error = extraction.problem();
    if (error == null && content.status() == ContentVerdict.Status.NO_CONTENT_PAGE) {
      error = "no article content (cookie wall, bot check or error page"
          + (content.phrase() == null ? "" : ": \"" + content.phrase() + "\"") + ")";
    }
    o.put("error", error);
    return o;
  }

  private static ObjectNode errorJson(ObjectMapper json, String input, String url, String error) {
    ObjectNode o = json.createObjectNode();
    o.put("input", input);
    o.put("url", url);
    for (String f : List.of("canonical_url", "title")) o.putNull(f);
    o.putArray("authors");
    for (String f : List.of("published", "site_name", "language", "description", "image")) o.putNull(f);
    o.put("text", "");
    o.putNull("content");
    o.put("error", error);
    return o;
  }

  /**
   * An input that names neither an existing file or folder nor a valid http(s) URL.
   *
   * @param name    the input as the user wrote it
   * @param problem what is wrong with it, without the name ("no such file, folder or http(s) URL")
   */
  private record Unusable(String name, String problem) implements PageSource.Input {
    @Override
    public String url() {
      return null;
    }

    @Override
    public newsdesk.extract.Page load() {
      throw new IllegalStateException(name + " cannot be loaded: " + problem);
    }
  }

  /** Keeps System.out open when the JSON writer closes its stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
