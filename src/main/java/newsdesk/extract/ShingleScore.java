package newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark): texts are
 * split into {@code \w+} tokens, compared as multisets of 4-token shingles; a page's precision and
 * recall are averaged over pages, and F1 is the harmonic mean of the two averages. Used by the
 * benchmark command to compare extractors on the same pages; the reference scorer is the
 * benchmark's {@code score.py}.
 */
public final class ShingleScore {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;

  /** Adds one page: the expected text and the extracted text. */
  public void add(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> pred = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (var e : pred.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (var e : truth.entrySet()) fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
    if (tp + fp > 0) {
      precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
      precisionPages++;
    }
    if (tp + fn > 0) {
      recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
      recallPages++;
    }
  }

  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) tokens.add(m.group());
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) return out;
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
    }
    return out;
  }
}
