package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import newsdesk.io.InputFiles;
import newsdesk.io.JsonlReader;
import newsdesk.summarize.Brief;
import newsdesk.summarize.ExtractiveSummarizer;
import newsdesk.summarize.HeadlineWriter;
import newsdesk.summarize.LlmRewriter;
import newsdesk.summarize.SourceArticle;
import newsdesk.summarize.SummarizerSettings;
import newsdesk.summarize.SummarizerResources;
import newsdesk.summarize.SummaryLength;
import newsdesk.summarize.SummarySentence;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk summarize --jsonl FILE [--sentences N | --words N] [--llm-url URL]}. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Write a brief (headline and summary) for each story of a JSONL file.",
      "Input lines: {\"id\", \"articles\": [{\"title\"?, \"text\", \"outlet\"?, \"published\"?}]}; output lines: {\"id\", \"headline\", "
          + "\"summary\"} with the summary's sentences one per line. Without --sentences or --words the brief has "
          + "its default length (whole sentences up to " + SummaryLength.DEFAULT_WORDS + " words)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done (lines that cannot be read or summarized are named on stderr and skipped)",
        "1:the file has lines but none could be summarized", "2:a usage error (no such file, a bad option)"})
public final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "Stories, one JSON object a line; - reads standard input.")
  Path jsonl;

  @ArgGroup(exclusive = true)
  LengthOption length;

  static final class LengthOption {
    @Option(names = "--sentences", paramLabel = "N", description = "Exactly N sentences (fewer only if the story has fewer).")
    Integer sentences;

    @Option(names = "--words", paramLabel = "N", description = "Whole sentences, never more than N words in all.")
    Integer words;
  }

  @Option(names = "--llm-url", paramLabel = "URL",
      description = "OpenAI-compatible chat endpoint that rewrites each brief: its base URL, or the whole URL ending in "
          + "/chat/completions. The extractive brief stays when the rewrite adds a number or name the sources lack, or "
          + "when the endpoint fails.")
  URI llmUrl;

  @Option(names = "--llm-model", paramLabel = "NAME", defaultValue = "default", description = "Model name sent to the endpoint (default: ${DEFAULT-VALUE}).")
  String llmModel;

  @Option(names = "--llm-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
  double llmTimeoutSeconds;

  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a summarizer parameter (see SummarizerConfig; prefix single. or multi. for one kind of story), for experiments.")
  Map<String, String> params = new LinkedHashMap<>();

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    String unreadable = InputFiles.problem(jsonl);
    if (unreadable != null) throw new UserError(jsonl + ": " + unreadable);
    SummaryLength len = lengthOrDefault();
    Duration llmTimeout = llmTimeout();
    if (llmUrl != null) requireHttpUrl(llmUrl);
    var summarizer = new ExtractiveSummarizer(settings(),
        SummarizerResources.english(), HeadlineWriter.english());
    try (LlmRewriter rewriter = llmUrl == null ? null : new LlmRewriter(llmUrl, llmModel, llmTimeout)) {
      return summarizeAll(summarizer, rewriter, len);
    }
  }

  /** The default settings with the {@code --param} overrides; one that names no parameter or gives no number is a usage error. */
  private SummarizerSettings settings() {
    SummarizerSettings defaults = SummarizerSettings.defaults();
    // Checked one by one to name the bad one, applied together (a single./multi. override beats a plain one).
    for (Map.Entry<String, String> p : params.entrySet()) {
      try {
        defaults.with(Map.of(p.getKey(), p.getValue()));
      } catch (IllegalArgumentException e) { // the contract of with(): names the unknown parameter or the bad value
        throw new UserError("--param " + p.getKey() + "=" + p.getValue() + ": " + e.getMessage());
      }
    }
    return defaults.with(params);
  }

  private int summarizeAll(ExtractiveSummarizer summarizer, LlmRewriter rewriter, SummaryLength len) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String command = ErrorReporter.commandPath(spec.commandLine());
    int[] written = {0};
    int skipped = JsonlReader.read(jsonl, (item, line) -> {
      JsonNode idNode = item.get("id");
      if (idNode == null || idNode.isNull() || idNode.isContainerNode()) {
        // As cluster does: a story without an id cannot be matched to its output, so it is skipped.
        throw new JsonlReader.BadLine("no \"id\"");
      }
      String id = idNode.asText();
      try {
        List<SourceArticle> articles = articles(id, item.path("articles"));
        Brief brief = summarizer.summarize(articles, len);
        String summary = brief.sentences().stream().map(s -> oneLine(s.text())).collect(Collectors.joining("\n"));
        if (rewriter != null) {
          var rewrite = rewriter.rewrite(brief, articles);
          summary = String.join("\n", rewrite.sentences());
          if (!rewrite.rewritten()) err.println(command + ": " + id + ": kept the extractive brief (" + rewrite.reason() + ")");
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("headline", brief.headline());
        o.put("summary", summary);
        out.println(JSON.writeValueAsString(o));
        written[0]++;
        if (summary.isEmpty()) err.println(command + ": " + id + ": empty summary: " + whyEmpty(summarizer, articles, len));
      } catch (IOException | RuntimeException e) {
        throw new JsonlReader.BadLine(ErrorReporter.message(e));
      }
    }, ErrorReporter.inputProblems(spec.commandLine()));
    out.flush();
    if (skipped > 0) err.println(command + ": " + Plural.count(skipped, "line") + " skipped");
    // As cluster: one bad story does not fail a run that produced the others (a pipeline keeps them).
    return skipped > 0 && written[0] == 0 ? 1 : 0;
  }

  private SummaryLength lengthOrDefault() {
    if (length == null) return SummaryLength.DEFAULT;
    if (length.sentences != null) {
      if (length.sentences < 1) throw new UserError("--sentences must be at least 1, got " + length.sentences);
      return SummaryLength.sentences(length.sentences);
    }
    if (length.words < 1) throw new UserError("--words must be at least 1, got " + length.words);
    return SummaryLength.words(length.words);
  }

  /** The --llm-timeout as a duration; it must be a positive number of seconds. */
  private Duration llmTimeout() {
    if (!(llmTimeoutSeconds > 0) || Double.isInfinite(llmTimeoutSeconds)) {
      String given = Double.isFinite(llmTimeoutSeconds)
          ? java.math.BigDecimal.valueOf(llmTimeoutSeconds).stripTrailingZeros().toPlainString()
          : String.valueOf(llmTimeoutSeconds);
      throw new UserError("--llm-timeout must be a positive number of seconds, got " + given);
    }
    return Duration.ofMillis(Math.max(1, Math.round(llmTimeoutSeconds * 1000)));
  }

  private static void requireHttpUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new UserError("--llm-url '" + url + "' is not an http(s) URL with a host (e.g. http://127.0.0.1:11434/v1)");
    }
  }

  private static List<SourceArticle> articles(String id, JsonNode node) throws JsonlReader.BadLine {
    if (!node.isArray()) throw new JsonlReader.BadLine("\"articles\" is missing or not an array");
    List<SourceArticle> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode a = node.get(i);
      out.add(new SourceArticle(id + "#" + i, a.path("title").asText(""), a.path("text").asText(""),
          a.path("outlet").asText(null), published(i, a.path("published"))));
    }
    return out;
  }

  /**
   * An article's optional publication time (ISO-8601 instant, "2026-11-28T06:00:00Z"): with it, a
   * figure a newer article updates is told with the newer figure, and the headline prefers the
   * newest well-supported title.
   */
  private static java.time.Instant published(int article, JsonNode node) throws JsonlReader.BadLine {
    if (node.isMissingNode() || node.isNull()) return null;
    try {
      return java.time.Instant.parse(node.asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new JsonlReader.BadLine("article " + article + ": \"published\" is not an ISO-8601 instant such as "
          + "2026-11-28T06:00:00Z: " + node.asText());
    }
  }

  /** Why a story got no summary sentence, for stderr (stdout keeps its JSON line). */
  private String whyEmpty(ExtractiveSummarizer summarizer, List<SourceArticle> articles, SummaryLength len) {
    if (articles.isEmpty()) return "the story has no articles";
    if (articles.stream().allMatch(a -> a.text().isBlank())) {
      return articles.size() == 1 ? "its article has no text" : "none of its " + articles.size() + " articles has text";
    }
    if (len.words() > 0 && !summarizer.summarize(articles, SummaryLength.sentences(1)).sentences().isEmpty()) {
      // Only a cap the user gave is named as an option; the default one is named as the default.
      return length == null
          ? "every sentence of the story is longer than the default brief (" + len.words() + " words; --words N allows more)"
          : "--words " + len.words() + " is shorter than any sentence of the story";
    }
    return "its articles have no sentence a brief can use (only page furniture or no letters)";
  }

  /** Keeps "one sentence per line" true when a sentence spans a line break of its source. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
