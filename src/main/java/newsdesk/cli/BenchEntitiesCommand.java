package newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsdesk.text.EntityBenchmark;
import newsdesk.text.EntityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk bench entities FILE}: precision and recall of the entity extractor on annotations. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Measure named-entity quality on hand-annotated texts.",
      "The annotated texts are in src/test/resources/newsdesk/text/.",
      "The sample, entities-sample.jsonl, has 12 Wikinews articles and 82 entities (the rules were tuned on it).",
      "The held-out set, entities-heldout.jsonl, has 12 other articles and 95 entities (never tuned on).",
      "The 'shown' lines score only the entities worth showing on pages (EntityExtractor.worthShowing)."
    })
public final class BenchEntitiesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Annotations, one JSON object a line.")
  Path file;

  @Option(names = "--details", description = "List every error on stderr.")
  boolean details;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
    EntityExtractor extractor = new EntityExtractor();
    EntityBenchmark.Score s;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      s = EntityBenchmark.score(in, extractor, line -> {
        if (details) System.err.println(line);
      });
    }
    // What pages and search show: the extracted entities worth showing (clustering uses them all).
    EntityBenchmark.Score shown;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      shown = EntityBenchmark.score(in, extractor, extractor::worthShowing, line -> {
        if (details) System.err.println("shown: " + line);
      });
    }
    System.out.printf("entities: found %d, annotated %d, matched %d%n", s.found(), s.annotated(), s.matched());
    System.out.printf("  span  precision %.3f recall %.3f%n", s.precision(), s.recall());
    System.out.printf("  typed precision %.3f recall %.3f%n", s.typedPrecision(), s.typedRecall());
    System.out.printf("shown: found %d, matched %d%n", shown.found(), shown.matched());
    System.out.printf("  span  precision %.3f recall %.3f%n", shown.precision(), shown.recall());
    System.out.printf("  typed precision %.3f recall %.3f%n", shown.typedPrecision(), shown.typedRecall());
    return 0;
  }
}
