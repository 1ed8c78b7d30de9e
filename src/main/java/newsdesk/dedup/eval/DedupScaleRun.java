package newsdesk.dedup.eval;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import newsdesk.dedup.DedupConfig;
import newsdesk.dedup.NearDuplicateIndex;
import newsdesk.dedup.TextTokens;

/**
 * Speed and memory of {@link NearDuplicateIndex} on a long stream of distinct articles made from a
 * corpus: each text is five paragraphs of random corpus articles in which every sixth word is
 * replaced by a made-up one, so texts share vocabulary and phrases but are not copies. Speed is
 * given as a ratio to tokenising the same texts in the same run (the machine is shared).
 *
 * @param articles      texts added
 * @param heldAtEnd     texts held once all were added (bounded by the eviction policy)
 * @param duplicates    texts the index called duplicates
 * @param addsPerSecond texts added per second
 * @param tokenizeRatio time of adding over time of only tokenising the same texts
 * @param bytesPerHeld  heap growth per held text, measured after garbage collection
 */
public record DedupScaleRun(int articles, int heldAtEnd, int duplicates, double addsPerSecond,
    double tokenizeRatio, double bytesPerHeld) {

  /** Runs {@code count} texts through an index with {@code config}. */
  public static DedupScaleRun measure(List<CorpusArticle> corpus, int count, DedupConfig config, long seed) {
    Objects.requireNonNull(corpus, "corpus");
    List<String> paragraphs = corpus.stream().flatMap(a -> a.paragraphs().stream()).toList();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) texts.add(text(paragraphs, random));

    long tokenStart = System.nanoTime();
    long tokens = 0;
    for (String text : texts) tokens += TextTokens.of(text).size();
    long tokenNanos = System.nanoTime() - tokenStart;

    long before = usedHeap();
    NearDuplicateIndex index = new NearDuplicateIndex(config, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    int duplicates = 0;
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i++) {
      if (index.add("t" + i, texts.get(i)).isPresent()) duplicates++;
    }
    long nanos = System.nanoTime() - start;
    long after = usedHeap(); // the texts are held before and after, so the growth is the index's
    int held = index.size();
    if (texts.isEmpty() && held > 0) throw new AssertionError(); // keeps the texts reachable until here
    if (tokens < 0) throw new AssertionError(); // keeps the reference work from being optimised away
    return new DedupScaleRun(count, held, duplicates, count / (nanos / 1e9), (double) nanos / tokenNanos,
        (double) (after - before) / held);
  }

  private static String text(List<String> paragraphs, SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      String[] words = paragraphs.get(random.nextInt(paragraphs.size())).split("\\s+");
      int offset = random.nextInt(6);
      for (int w = 0; w < words.length; w++) {
        text.append((w + offset) % 6 == 0 ? "w" + Integer.toString(random.nextInt(1 << 20), 36) : words[w]).append(' ');
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  @SuppressWarnings("removal")
  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
