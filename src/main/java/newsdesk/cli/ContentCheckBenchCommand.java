package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsdesk.dedup.ContentCheck;
import newsdesk.dedup.ContentVerdict;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk bench content-check GROUND_TRUTH_JSON...}: how many real article bodies the
 * content check would keep out of stories (it should be none but genuine stubs).
 */
@Command(
    name = "content-check",
    mixinStandardHelpOptions = true,
    description = {
      "Count the verdicts of the no-content check on bodies known to be articles.",
      "Each file is JSON {id: {\"articleBody\": text}}, as the extraction bench's ground-truth.json; every body "
          + "not called an article is listed on stderr."
    })
public final class ContentCheckBenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "GROUND_TRUTH_JSON", description = "Files of known article bodies.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ContentCheck check = ContentCheck.bundled();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
    }
    for (Path file : files) {
      JsonNode root;
      try {
        root = json.readTree(file.toFile());
      } catch (IOException e) {
        err.println("newsdesk bench content-check: " + file + " skipped: not JSON (" + e.getMessage() + ")");
        continue;
      }
      Map<ContentVerdict.Status, Integer> counts = new EnumMap<>(ContentVerdict.Status.class);
      int total = 0;
      int withPhrase = 0;
      for (var entry : root.properties()) {
        String body = entry.getValue().path("articleBody").asText("");
        ContentVerdict verdict = check.check(body);
        counts.merge(verdict.status(), 1, Integer::sum);
        total++;
        if (verdict.phrase() != null) withPhrase++;
        if (!verdict.isArticle()) {
          err.printf(Locale.ROOT, "%s %s: %s, %d words (%d outside no-content paragraphs), phrase %s%n",
              file.getFileName(), entry.getKey(), verdict.status(), verdict.words(), verdict.articleWords(), verdict.phrase());
        }
      }
      int articles = counts.getOrDefault(ContentVerdict.Status.ARTICLE, 0);
      out.printf(Locale.ROOT, "%s: %d bodies, %d called articles (%.4f), %d with a no-content phrase; %s%n",
          file, total, articles, total == 0 ? 0.0 : (double) articles / total, withPhrase, counts);
    }
    out.flush();
    err.flush();
    return 0;
  }
}
