package newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.ClusteringConfig;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.JsonlDocuments;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryLabels;
import newsdesk.io.InputFiles;
import newsdesk.text.LazySentenceEmbedder;
import newsdesk.text.MiniLmSentenceEmbedder;
import newsdesk.text.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk cluster --jsonl FILE}: groups a stream of articles into stories. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Group articles into stories, online and in arrival order.",
      "Reads {\"id\",\"date\",\"title\",\"text\"} lines (date may be null, title empty; an optional \"outlet\" "
          + "makes an outlet's own articles need a larger margin to share a story) and prints one "
          + "'id<TAB>story' line per article, in input order; merged stories are reported under the surviving "
          + "story's id."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done (lines that cannot be read are named on stderr and skipped)",
        "1:the file has lines but none could be read", "2:a usage error (no such file, a bad option)"})
public final class ClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "Articles, one JSON object a line; - reads standard input.")
  Path jsonl;

  @Option(names = "--quiet-days", defaultValue = "3", paramLabel = "DAYS",
      description = "A story without a new article for this many days is closed (default: ${DEFAULT-VALUE}).")
  double quietDays;

  @Option(names = "--no-embeddings",
      description = "Score with TF-IDF alone, without loading the sentence-embedding model (faster start).")
  boolean noEmbeddings;

  @Override
  public Integer call() throws IOException {
    String unreadable = InputFiles.problem(jsonl);
    if (unreadable != null) throw new UserError(jsonl + ": " + unreadable);
    if (!(quietDays > 0) || Math.round(quietDays * 86_400) < 1) {
      throw new UserError("--quiet-days must be positive (at least a second), got " + quietDays);
    }
    List<ClusterDocument> docs;
    boolean[] reported = {false};
    try {
      Consumer<String> problems = ErrorReporter.inputProblems(spec.commandLine());
      docs = JsonlDocuments.read(jsonl, problem -> {
        reported[0] = true;
        problems.accept(problem);
      });
    } catch (NoSuchFileException e) {
      throw new UserError(jsonl + ": no such file", e);
    }
    // Only a skipped line is reported when no document was read (notes go with documents kept).
    if (docs.isEmpty() && reported[0]) return 1;
    ClusteringConfig config = ClusteringConfig.defaults()
        .withQuietPeriod(Duration.ofSeconds(Math.round(quietDays * 86_400)));
    // Lazily, so that a model that cannot load degrades to TF-IDF alone (DocumentAnalyzer) instead of failing.
    SentenceEmbedder embedder = noEmbeddings ? null : new LazySentenceEmbedder(MiniLmSentenceEmbedder::load);
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(new DocumentAnalyzer(embedder, config), config);
    StoryLabels labels = new StoryLabels();
    for (ClusterDocument doc : docs) {
      StoryAssignment assignment;
      try {
        assignment = clusterer.add(doc);
      } catch (RuntimeException e) {
        // One article that trips the analysis must not cost the others their stories; it still
        // gets its output line, as a story of its own.
        spec.commandLine().getErr().println(ErrorReporter.commandPath(spec.commandLine()) + ": " + doc.id()
            + ": cannot cluster (" + ErrorReporter.message(e) + "), given a story of its own");
        assignment = new StoryAssignment(doc.id(), List.of());
      }
      labels.record(doc.id(), assignment);
    }
    PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    for (ClusterDocument doc : docs) out.println(doc.id() + "\t" + labels.storyOf(doc.id()));
    out.flush();
    return 0;
  }
}
