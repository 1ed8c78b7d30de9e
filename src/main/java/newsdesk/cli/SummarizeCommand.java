package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
      "Writes a brief (headline and summary) for each story of a JSONL file.",
      "Input lines: {\"id\", \"articles\": [{\"title\"?, \"text\"}]}; output lines: {\"id\", \"headline\",",
      "\"summary\"} with the summary's sentences one per line. Without --sentences or --words the",
      "brief has its default length (whole sentences up to " + SummaryLength.DEFAULT_WORDS + " words)."
    })
public final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "Stories, one JSON object a line.")
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
      description = "OpenAI-compatible chat endpoint (base URL or .../chat/completions) that rewrites each brief; "
          + "the extractive brief stays when the rewrite adds a number or name the sources lack, or the endpoint fails.")
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
    if (!Files.isRegularFile(jsonl)) throw new UserError(jsonl + ": no such file");
    SummaryLength len = lengthOrDefault();
    var summarizer = new ExtractiveSummarizer(SummarizerSettings.defaults().with(params),
        SummarizerResources.english(), HeadlineWriter.english());
    LlmRewriter rewriter = llmUrl == null ? null
        : new LlmRewriter(llmUrl, llmModel, Duration.ofMillis((long) (llmTimeoutSeconds * 1000)));
    PrintWriter out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    int failed = 0;
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        try {
          JsonNode item = JSON.readTree(line);
          String id = item.path("id").asText("");
          List<SourceArticle> articles = articles(id, item.path("articles"));
          Brief brief = summarizer.summarize(articles, len);
          String summary = brief.sentences().stream().map(s -> oneLine(s.text())).collect(Collectors.joining("\n"));
          if (rewriter != null) {
            var rewrite = rewriter.rewrite(brief, articles);
            summary = String.join("\n", rewrite.sentences());
            if (!rewrite.rewritten()) err.println("summarize: " + id + ": kept the extractive brief (" + rewrite.reason() + ")");
          }
          ObjectNode o = JSON.createObjectNode();
          o.put("id", id);
          o.put("headline", brief.headline());
          o.put("summary", summary);
          out.println(JSON.writeValueAsString(o));
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("summarize: " + jsonl + " line " + lineNo + ": " + e.getMessage());
        }
      }
    }
    out.flush();
    if (failed > 0) err.println("summarize: " + failed + " line(s) failed");
    return failed == 0 ? 0 : 1;
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

  private static List<SourceArticle> articles(String id, JsonNode node) {
    if (!node.isArray()) throw new IllegalArgumentException("\"articles\" is missing or not an array");
    List<SourceArticle> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode a = node.get(i);
      out.add(new SourceArticle(id + "#" + i, a.path("title").asText(""), a.path("text").asText(""),
          a.path("outlet").asText(null), null));
    }
    return out;
  }

  /** Keeps "one sentence per line" true when a sentence spans a line break of its source. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
