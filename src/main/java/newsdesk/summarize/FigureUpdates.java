package newsdesk.summarize;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which sentences of an evolving story state a figure that a newer article has updated: the
 * older "forcing 20,000 people to evacuate" beside the newer "the number of people evacuated has
 * risen to 35,000". A sentence is outdated when an article published later has a sentence that
 * {@link FactSignature#updates updates} one of its figures; a specific number (three digits or
 * more, see {@link FactSignatures}) so updated is outdated in every sentence of an article older
 * than the update ("Some 20,000 villagers are staying in shelters"), as a specific number rarely
 * stands for two facts of one story. With {@link SummarizerConfig#restatedOverlap()} on, a sentence
 * that a newer article restates in other words is outdated too (the story evolved: the newer wording
 * wins). Only articles that carry a publication time take part: an
 * undated story has no outdated sentence.
 *
 * @param outdated      for each candidate, whether a newer article updates one of its figures
 * @param update        for each outdated candidate, the sentence of the newest article that
 *                      updates it (its index among the candidates), else -1
 * @param outdatedValues the specific numbers that newer articles have updated ("20000"), for the
 *                      headline (a title stating one is out of date too)
 */
record FigureUpdates(boolean[] outdated, int[] update, Set<String> outdatedValues) {
  FigureUpdates {
    outdatedValues = Set.copyOf(outdatedValues);
  }

  /** No sentence is outdated. */
  static FigureUpdates none(int candidates) {
    int[] update = new int[candidates];
    Arrays.fill(update, -1);
    return new FigureUpdates(new boolean[candidates], update, Set.of());
  }

  /**
   * @param minShared the content words the clauses of two figures must share to count as one
   *                  figure ({@link SummarizerConfig#figureUpdates()})
   */
  static FigureUpdates of(List<Candidate> cs, List<SourceArticle> articles, int minShared) {
    return of(cs, articles, minShared, 0, 0, 0, -1);
  }

  /**
   * The updated figures of {@link #of(List, List, int)}, and with {@code config}'s
   * {@link SummarizerConfig#restatedOverlap()} above 0 also the sentences a newer article restates
   * (its newer wording of the fact is their update).
   */
  static FigureUpdates of(List<Candidate> cs, List<SourceArticle> articles, SummarizerConfig config) {
    return of(cs, articles, config, -1);
  }

  /**
   * {@link #of(List, List, SummarizerConfig)}, except that a sentence of article {@code report} (the
   * story's wire report, -1 for none) is not outdated by a newer article's restating it with no
   * figure of its own: an outlet's rewrite of an agency's report words its facts anew without
   * telling anything newer. A restatement with another figure ("has risen to 40" for "killing 12")
   * and a figure update still outdate it.
   */
  static FigureUpdates of(List<Candidate> cs, List<SourceArticle> articles, SummarizerConfig config, int report) {
    return of(cs, articles, config.figureUpdates(), config.restatedOverlap(), config.factAnchorWeight(),
        config.factPlainMinTerms(), report);
  }

  private static FigureUpdates of(List<Candidate> cs, List<SourceArticle> articles, int minShared,
      double restatedOverlap, double anchorWeight, int minTerms, int report) {
    if (minShared <= 0 && restatedOverlap <= 0
        || articles.stream().filter(a -> a.published() != null).count() < 2) return none(cs.size());
    boolean[] outdated = new boolean[cs.size()];
    int[] update = new int[cs.size()];
    Arrays.fill(update, -1);
    // value -> the newest time at which a newer article updated it
    Map<String, Instant> updatedAt = new TreeMap<>();
    Map<String, Integer> updatedBy = new TreeMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Instant older = articles.get(cs.get(i).article()).published();
      if (older == null || minShared <= 0 || cs.get(i).facts().figures().isEmpty()) continue;
      for (int j = 0; j < cs.size(); j++) {
        Instant newer = articles.get(cs.get(j).article()).published();
        if (newer == null || !newer.isAfter(older)) continue;
        Set<String> values = cs.get(j).facts().updates(cs.get(i).facts(), minShared);
        if (values.isEmpty()) continue;
        outdated[i] = true;
        if (update[i] < 0 || newer.isAfter(articles.get(cs.get(update[i]).article()).published())) update[i] = j;
        for (String v : values) {
          if (!isSpecific(v)) continue;
          if (!updatedAt.containsKey(v) || newer.isAfter(updatedAt.get(v))) {
            updatedAt.put(v, newer);
            updatedBy.put(v, j);
          }
        }
      }
    }
    for (int i = 0; i < cs.size(); i++) {
      Instant published = articles.get(cs.get(i).article()).published();
      if (outdated[i] || published == null) continue;
      for (var e : updatedAt.entrySet()) {
        if (published.isBefore(e.getValue()) && cs.get(i).facts().hasValue(e.getKey())) {
          outdated[i] = true;
          update[i] = updatedBy.get(e.getKey());
        }
      }
    }
    if (restatedOverlap > 0) markRestated(cs, articles, restatedOverlap, anchorWeight, minTerms, report, outdated, update);
    return new FigureUpdates(outdated, update, updatedAt.keySet());
  }

  /**
   * Marks outdated each sentence that a sentence of a newer article restates (plain overlap of
   * {@link FactSignature#plainOverlap} at least {@code threshold}); its update is the newest such.
   * A sentence of article {@code report} is outdated only by a restatement that tells a figure it
   * does not (a rewrite that words it anew tells nothing newer).
   */
  private static void markRestated(List<Candidate> cs, List<SourceArticle> articles, double threshold,
      double anchorWeight, int minTerms, int report, boolean[] outdated, int[] update) {
    for (int i = 0; i < cs.size(); i++) {
      Instant older = articles.get(cs.get(i).article()).published();
      if (older == null || outdated[i]) continue;
      for (int j = 0; j < cs.size(); j++) {
        Instant newer = articles.get(cs.get(j).article()).published();
        if (newer == null || !newer.isAfter(older)) continue;
        if (cs.get(i).article() == report && tellsNoOtherFigure(cs.get(j).facts(), cs.get(i).facts())) continue;
        if (cs.get(j).facts().plainOverlap(cs.get(i).facts(), anchorWeight, minTerms) < threshold) continue;
        outdated[i] = true;
        if (update[i] < 0 || newer.isAfter(articles.get(cs.get(update[i]).article()).published())) update[i] = j;
      }
    }
  }

  /** Whether every figure of {@code newer} is one of {@code older}'s: a rewording, nothing newer. */
  private static boolean tellsNoOtherFigure(FactSignature newer, FactSignature older) {
    return newer.figures().stream().allMatch(f -> older.hasValue(f.value()));
  }

  /** A number that rarely stands for two facts of one story: three digits or more. */
  private static boolean isSpecific(String value) {
    return value.replace(".", "").length() >= 3 && value.charAt(0) != '0';
  }

  /** Whether {@code title} states a number that a newer article has updated. */
  boolean outdates(String title) {
    if (outdatedValues.isEmpty()) return false;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(title);
    while (m.find()) {
      if (outdatedValues.contains(m.group().replace(",", ""))) return true;
    }
    return false;
  }
}
