package newsdesk.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * Measures extraction speed on one thread against jsoup parsing alone, in the same run so that
 * the ratio holds on a shared, noisy machine; optionally a peer extractor and quality against
 * ground truth. Each method first runs once over every page (JIT warm-up), then {@code rounds}
 * times interleaved with the others; the median round is reported.
 */
public final class ExtractionBenchmark {
  /** One page to run on: its id (file name without extension) and raw bytes. */
  public record Sample(String id, byte[] html) {}

  /** Pages per second and median seconds per round of one method; quality is null without truth. */
  public record Figure(String method, double pagesPerSecond, double seconds, ShingleScore quality) {}

  private final List<Sample> samples;
  private final int rounds;

  public ExtractionBenchmark(List<Sample> samples, int rounds) {
    if (samples.isEmpty()) throw new IllegalArgumentException("samples: no pages to measure");
    if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1: " + rounds);
    this.samples = List.copyOf(samples);
    this.rounds = rounds;
  }

  /**
   * Runs every method; {@code methods} maps a name to a function from a sample to its extracted
   * text (or null for parse-only methods), {@code truth} maps ids to expected text (may be empty).
   */
  public List<Figure> run(Map<String, Function<Sample, String>> methods, Map<String, String> truth) {
    List<String> names = new ArrayList<>(methods.keySet());
    List<ShingleScore> quality = new ArrayList<>();
    for (String name : names) {
      ShingleScore score = truth.isEmpty() ? null : new ShingleScore();
      for (Sample s : samples) {
        String text = methods.get(name).apply(s);
        if (score != null && text != null && truth.containsKey(s.id())) score.add(truth.get(s.id()), text);
      }
      quality.add(score != null && score.precision() + score.recall() > 0 ? score : null);
    }
    double[][] times = new double[names.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < names.size(); m++) {
        Function<Sample, String> method = methods.get(names.get(m));
        long start = System.nanoTime();
        for (Sample s : samples) method.apply(s);
        times[m][r] = (System.nanoTime() - start) / 1e9;
      }
    }
    List<Figure> out = new ArrayList<>();
    for (int m = 0; m < names.size(); m++) {
      double[] t = times[m].clone();
      Arrays.sort(t);
      double median = t[t.length / 2];
      out.add(new Figure(names.get(m), samples.size() / median, median, quality.get(m)));
    }
    return out;
  }

  /** jsoup parsing alone, the reference: the page decoded as UTF-8 and parsed. */
  public static Function<Sample, String> parseOnly() {
    return s -> {
      Jsoup.parse(new String(s.html(), StandardCharsets.UTF_8), "http://example.com/");
      return null;
    };
  }

  /** The full newsdesk extraction from raw bytes (charset, metadata, body). */
  public static Function<Sample, String> newsdesk(ArticleExtractor extractor) {
    URI url = URI.create("http://example.com/");
    return s -> extractor.extract(new Page(url, s.html(), null)).text();
  }

  /** A peer extractor given the page as UTF-8 text. */
  public static Function<Sample, String> peer(PeerExtractor peer) {
    return s -> peer.text("http://example.com/", new String(s.html(), StandardCharsets.UTF_8));
  }
}
