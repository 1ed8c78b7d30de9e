package newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsdesk.dedup.DedupConfig;
import newsdesk.dedup.eval.CorpusArticle;
import newsdesk.dedup.eval.CorpusReader;
import newsdesk.dedup.eval.DedupEvaluation;
import newsdesk.dedup.eval.DedupReport;
import newsdesk.dedup.eval.DedupScaleRun;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk bench dedup CORPUS_JSONL}: precision and recall of near-duplicate detection. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Measure near-duplicate detection (precision and recall) on copies made from a JSONL corpus.",
      "The corpus has one {id,title,text,section_guess} object a line. Every variant kind (other boilerplate, "
          + "reordered, paragraph added or removed, headline changed, words edited, syndicated) of a seeded sample "
          + "of articles is checked, against pairs of different articles of one section or with the most shared "
          + "vocabulary."
    })
public final class DedupBenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CORPUS_JSONL", description = "The corpus, one JSON article a line.")
  Path corpus;

  @Option(names = "--sample", defaultValue = "200", paramLabel = "N", description = "Articles that get variants (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", defaultValue = "20191", paramLabel = "N",
      description = "Seed of the sample and the variants (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--furniture-families", paramLabel = "N",
      description = "Lines in N unrelated articles count as page furniture; 0 turns it off (default: the configured 3).")
  Integer furnitureFamilies;

  @Option(names = "--scale", defaultValue = "0", paramLabel = "N",
      description = "Also add N distinct texts made from the corpus and report speed and memory (default: off).")
  int scale;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(corpus)) throw new UserError(corpus + ": no such corpus file");
    if (sample < 1) throw new UserError("--sample must be at least 1, not " + sample);
    if (scale < 0) throw new UserError("--scale must not be negative, not " + scale);
    if (furnitureFamilies != null && furnitureFamilies < 0) {
      throw new UserError("--furniture-families must not be negative, not " + furnitureFamilies);
    }
    DedupConfig d = DedupConfig.defaults();
    DedupConfig config = furnitureFamilies == null ? d : new DedupConfig(d.shingleSize(), d.bands(), d.rows(),
        d.seed(), d.minContainment(), d.minResemblance(), furnitureFamilies, d.maxEntries(), d.maxAge());
    List<CorpusArticle> articles = new CorpusReader(ErrorReporter.inputProblems(spec.commandLine())).read(corpus);
    if (articles.size() < 2) throw new UserError(corpus + ": needs at least two articles with id and text");
    long start = System.nanoTime();
    DedupReport report = new DedupEvaluation(config, seed).evaluate(articles, sample);
    err.printf(Locale.ROOT, "evaluated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    DedupScaleRun run = scale > 0 ? DedupScaleRun.measure(articles, scale, config, seed) : null;
    if (json) {
      var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      var result = new java.util.LinkedHashMap<String, Object>();
      result.put("quality", report);
      if (run != null) result.put("scale", run);
      out.println(mapper.writeValueAsString(result));
    } else {
      out.print(format(report));
      if (run != null) {
        out.printf(Locale.ROOT, "scale: %d texts added, %d held, %d called duplicates; %.0f adds/s, "
            + "%.1fx the time of tokenising them; %.0f bytes per held text%n", run.articles(), run.heldAtEnd(),
            run.duplicates(), run.addsPerSecond(), run.tokenizeRatio(), run.bytesPerHeld());
      }
    }
    out.flush();
    err.flush();
    return 0;
  }

  static String format(DedupReport report) {
    StringBuilder out = new StringBuilder();
    DedupReport.PairFigures p = report.pairs();
    out.append(String.format(Locale.ROOT, "corpus articles %d, sampled for variants %d%n", report.corpusArticles(), report.sampled()));
    out.append(String.format(Locale.ROOT, "pairs: precision %.4f  recall %.4f  (tp %d, fp %d, fn %d, tn %d)%n",
        p.precision(), p.recall(), p.truePositives(), p.falsePositives(), p.falseNegatives(), p.trueNegatives()));
    out.append(String.format(Locale.ROOT, "  %-26s %8s %6s %10s%n", "kind", "called", "pairs", "containment"));
    p.kinds().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
      DedupReport.KindFigures k = e.getValue();
      out.append(String.format(Locale.ROOT, "  %-26s %8d %6d %s %.3f%n", e.getKey(), k.calledDuplicate(), k.pairs(),
          k.duplicates() ? "min" : "max", k.closestContainment()));
    });
    DedupReport.StreamFigures s = report.stream();
    out.append(String.format(Locale.ROOT, "stream: precision %.4f  recall %.4f  (%d originals then %d variants: %d right links, %d false links)%n",
        s.precision(), s.recall(), s.originals(), s.variants(), s.rightLinks(), s.falseLinks()));
    for (String example : s.falseLinkExamples()) out.append("  false link ").append(example).append('\n');
    return out.toString();
  }
}
