package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import newsdesk.summarize.ExtractiveSummarizer;
import newsdesk.summarize.SentenceSplitter;
import newsdesk.summarize.SourceArticle;
import newsdesk.summarize.SummarizerResources;
import newsdesk.summarize.SummaryLength;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk bench summarize}: speed (thread CPU time) of the extractive summarizer after warm-up,
 * on (1) a 10-article story and (2) every CNN/DailyMail dev item with 3 sentences. The reference
 * measured in the same run is sentence splitting of the same texts (what Lead-3 costs), so the
 * figures can be quoted as ratios on a shared, noisy machine.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Time the summarizer on a 10-article story and on the CNN/DailyMail dev items (CPU time of one thread, after warm-up).")
public final class BenchSummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/bench/summarization",
      description = "Folder with cnndm_dev.jsonl and multinews_dev.jsonl (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    List<List<SourceArticle>> cnndm = read(data.resolve("cnndm_dev.jsonl"));
    List<List<SourceArticle>> multinews = read(data.resolve("multinews_dev.jsonl"));
    List<SourceArticle> pool = multinews.stream().flatMap(List::stream).toList();
    List<List<SourceArticle>> tenArticleStories = new ArrayList<>();
    for (int i = 0; i + 10 <= pool.size() && tenArticleStories.size() < 20; i += 10) {
      tenArticleStories.add(pool.subList(i, i + 10));
    }
    var summarizer = new ExtractiveSummarizer();
    var splitter = new SentenceSplitter(SummarizerResources.english());
    ToIntFunction<List<SourceArticle>> summarize =
        story -> summarizer.summarize(story, SummaryLength.DEFAULT).sentences().size();
    ToIntFunction<List<SourceArticle>> summarize3 =
        story -> summarizer.summarize(story, SummaryLength.sentences(3)).sentences().size();
    ToIntFunction<List<SourceArticle>> split =
        story -> story.stream().mapToInt(a -> splitter.split(a.text()).size()).sum();

    PrintWriter out = spec.commandLine().getOut();
    int words = tenArticleStories.stream().mapToInt(s -> s.stream().mapToInt(a -> a.text().split("\\s+").length).sum()).sum();
    out.printf("10-article stories: %d (mean %d words each)%n", tenArticleStories.size(), words / Math.max(1, tenArticleStories.size()));
    double tenMs = best(tenArticleStories, summarize) / tenArticleStories.size();
    double tenRef = best(tenArticleStories, split) / tenArticleStories.size();
    out.printf("  summarize (default length): %.2f ms per story; splitting alone %.2f ms (ratio %.1f)%n", tenMs, tenRef, tenMs / tenRef);
    double cnnMs = best(cnndm, summarize3);
    double cnnRef = best(cnndm, split);
    out.printf("CNN/DailyMail dev, %d items, 3 sentences: %.0f ms in all (%.2f ms per item); splitting alone %.0f ms (ratio %.1f)%n",
        cnndm.size(), cnnMs, cnnMs / cnndm.size(), cnnRef, cnnMs / cnnRef);
    out.flush();
    return 0;
  }

  /**
   * Fastest of {@link #rounds} timed passes over the stories, after as many warm-up passes, in CPU
   * time of this thread (the machine may be busy with other work; wall time would count it).
   */
  private double best(List<List<SourceArticle>> stories, ToIntFunction<List<SourceArticle>> task) {
    long sink = 0;
    double best = Double.MAX_VALUE;
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2 * rounds; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (List<SourceArticle> s : stories) sink += task.applyAsInt(s);
      double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
      if (round >= rounds) best = Math.min(best, ms);
    }
    if (sink == 42) spec.commandLine().getErr().println();
    return best;
  }

  private static List<List<SourceArticle>> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file (give --data DIR)");
    List<List<SourceArticle>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      JsonNode item = JSON.readTree(line);
      List<SourceArticle> articles = new ArrayList<>();
      for (JsonNode a : item.path("articles")) {
        articles.add(new SourceArticle(item.path("id").asText() + "#" + articles.size(), a.path("title").asText(""),
            a.path("text").asText(""), null, null));
      }
      out.add(articles);
    }
    return out;
  }
}
