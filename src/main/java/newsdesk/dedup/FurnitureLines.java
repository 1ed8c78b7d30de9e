package newsdesk.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture learnt from the stream: a line (paragraph) that recurs verbatim, after
 * {@link TextTokens} normalisation, in {@code minFamilies} or more unrelated articles held by the
 * index (bylines, share bars, newsletter prompts, copyright notices the extractor let through, or
 * the background paragraph a series of articles repeats). Such lines are left out of the text
 * that is fingerprinted, so that two different articles of one outlet are not found alike for
 * their shared furniture, and a copy wrapped in its outlet's furniture still matches its original.
 *
 * <p>Only originals count: copies attached to an original add nothing, so however often a wire
 * story is syndicated its paragraphs never become furniture. A text made of furniture only is
 * compared whole. Not thread-safe; {@link NearDuplicateIndex} guards it.
 */
final class FurnitureLines {
  private static final Pattern LINES = Pattern.compile("\\R+");
  private final int minFamilies;
  private final Map<Long, Integer> families = new HashMap<>();

  /** The lines (as tokens) to fingerprint and the hashes of the text's distinct lines. */
  record Prepared(List<List<String>> comparedLines, long[] lineHashes) {}

  FurnitureLines(int minFamilies) {
    this.minFamilies = minFamilies;
  }

  Prepared prepare(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<Long> hashes = new ArrayList<>();
    for (String line : LINES.split(text)) {
      List<String> tokens = TextTokens.of(line);
      if (tokens.isEmpty()) continue;
      lines.add(tokens);
      hashes.add(Fingerprinter.hash(String.join(" ", tokens)));
    }
    Set<Long> distinct = new LinkedHashSet<>(hashes);
    long[] lineHashes = distinct.stream().mapToLong(Long::longValue).toArray();
    List<List<String>> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (minFamilies <= 0 || families.getOrDefault(hashes.get(i), 0) < minFamilies) kept.add(lines.get(i));
    }
    return new Prepared(kept.isEmpty() ? lines : kept, lineHashes);
  }

  /** Counts the lines of an original that enters the index. */
  void count(long[] lineHashes) {
    for (long h : lineHashes) families.merge(h, 1, Integer::sum);
  }

  /** Forgets the lines of an original that leaves the index. */
  void uncount(long[] lineHashes) {
    for (long h : lineHashes) families.computeIfPresent(h, (k, n) -> n == 1 ? null : n - 1);
  }
}
