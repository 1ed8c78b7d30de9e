package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import newsdesk.extract.DensityArticleExtractor;
import newsdesk.extract.ExtractionBenchmark;
import newsdesk.extract.ExtractionBenchmark.Figure;
import newsdesk.extract.ExtractionBenchmark.Sample;
import newsdesk.extract.PeerExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk bench extract DIR}: extraction speed (and quality) against jsoup and readability4j. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the speed (and, given ground truth, the quality) of article extraction on a folder of pages.",
      "Pages per second on one thread of newsdesk, of jsoup parsing alone and of readability4j 1.0.8, in the "
          + "same run. When the folder or its parent holds ground-truth.json ({id: {articleBody}}), also the "
          + "shingle F1 of each."
    })
public final class ExtractBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "Folder of .html/.htm pages.")
  Path dir;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
      description = "Timed rounds after warm-up; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-peer", description = "Skip readability4j.")
  boolean noPeer;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) throw new UserError(dir + ": not a folder");
    if (rounds < 1) throw new UserError("--rounds must be at least 1, not " + rounds);
    List<Sample> samples = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".html") || lower.endsWith(".htm")) || !Files.isRegularFile(p)) continue;
        byte[] html = Files.readAllBytes(p);
        bytes += html.length;
        samples.add(new Sample(name.substring(0, name.lastIndexOf('.')), html));
      }
    }
    if (samples.isEmpty()) throw new UserError(dir + ": no .html/.htm files");
    Map<String, Function<Sample, String>> methods = new LinkedHashMap<>();
    methods.put("jsoup parse alone", ExtractionBenchmark.parseOnly());
    methods.put("newsdesk extract", ExtractionBenchmark.newsdesk(new DensityArticleExtractor()));
    PeerExtractor peer = null;
    if (!noPeer) {
      try {
        peer = PeerExtractor.load(peerDir());
        methods.put("readability4j 1.0.8", ExtractionBenchmark.peer(peer));
      } catch (IOException e) {
        System.err.println("newsdesk bench extract: readability4j not measured: " + e.getMessage());
      }
    }
    Map<String, String> truth = groundTruth();
    System.err.printf(Locale.ROOT, "measuring %d pages (%.1f MB), %d rounds after warm-up ...%n",
        samples.size(), bytes / 1e6, rounds);
    List<Figure> figures = new ExtractionBenchmark(samples, rounds).run(methods, truth);
    if (peer != null) peer.close();
    double parseSeconds = figures.get(0).seconds();
    System.out.printf(Locale.ROOT, "pages: %d (%.1f MB) in %s, one thread, median of %d rounds%n",
        samples.size(), bytes / 1e6, dir, rounds);
    for (Figure f : figures) {
      String quality = f.quality() == null ? "" : String.format(Locale.ROOT, "  shingle F1 %.3f (P %.3f, R %.3f)",
          f.quality().f1(), f.quality().precision(), f.quality().recall());
      System.out.printf(Locale.ROOT, "%-20s %7.1f pages/s  %5.2fx parse time%s%n",
          f.method() + ":", f.pagesPerSecond(), f.seconds() / parseSeconds, quality);
    }
    return 0;
  }

  private static Path peerDir() {
    String home = System.getProperty("newsdesk.home", ".");
    return Path.of(home, "target", "peers");
  }

  private Map<String, String> groundTruth() throws IOException {
    Path here = dir.toAbsolutePath().normalize();
    for (Path candidate : new Path[] {here.resolve("ground-truth.json"), here.getParent() == null ? null : here.getParent().resolve("ground-truth.json")}) {
      if (candidate == null || !Files.isRegularFile(candidate)) continue;
      Map<String, String> out = new LinkedHashMap<>();
      JsonNode root = new ObjectMapper().readTree(candidate.toFile());
      root.properties().forEach(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
      return out;
    }
    return Map.of();
  }
}
