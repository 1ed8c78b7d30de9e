package newsdesk.summarize;

/**
 * What a sentence states, reduced to what a paraphrase keeps: its content words (stemmed, numbers
 * whole, "4,200" as 4200), which of them are anchors (numbers and names), and its specific numbers.
 * Two outlets that tell one fact in other words ("Authorities evacuated 4,200 residents" / "Some
 * 4,200 people were moved out of their homes") share few words but the same names and numbers; the
 * bag-of-words cosine of MMR (Carbonell and Goldstein, 1998) misses them, this test catches them.
 *
 * <p>{@link #repeats} holds when the two sentences share an anchor and the weighted overlap
 * coefficient of their terms ({@code shared / min(own)}) reaches the threshold, or when they share
 * a specific number (see {@link FactSignatures}). A term weighs its inverse sentence frequency in
 * the story (the story's subject, named in most of its sentences, says little about whether two
 * sentences state the same fact), an anchor {@code anchorWeight} times as much.
 *
 * @param terms    ids of the content terms, sorted, distinct
 * @param anchor   for each of {@code terms}, whether it is a number or a name
 * @param weight   for each of {@code terms}, its inverse sentence frequency in the story
 * @param specific ids of the specific numbers (at least three digits, not a year, not a time),
 *                 sorted, distinct
 * @param figures  the figures the sentence states (see {@link Figure}), for {@link #updates}
 */
record FactSignature(int[] terms, boolean[] anchor, double[] weight, int[] specific, java.util.List<Figure> figures) {
  static final FactSignature EMPTY = new FactSignature(new int[0], new boolean[0], new double[0], new int[0]);

  /**
   * A figure a sentence states: a number ({@code value}: digits without separators, a number word as
   * its digits) and what it counts or measures, the content words next to it in its clause that are
   * neither names nor numbers ("forcing 20,000 people to evacuate their homes": force, people,
   * evacuate, home; see {@link FactSignatures}), as term ids, sorted, distinct.
   */
  record Figure(String value, long[] context) {}

  FactSignature {
    figures = java.util.List.copyOf(figures);
  }

  /** A signature without figures. */
  FactSignature(int[] terms, boolean[] anchor, double[] weight, int[] specific) {
    this(terms, anchor, weight, specific, java.util.List.of());
  }

  /**
   * The values of {@code older}'s figures that this sentence states differently: a figure of each
   * whose contexts share at least {@code minShared} content words, and at least half of the
   * smaller context ("forcing 20,000 people to evacuate" / "the number of people evacuated has
   * risen to 35,000": people, evacuate), with values that differ, where neither sentence also has the other's value ("rose
   * from 20,000 to 35,000" updates nothing). Empty when this sentence updates no figure of
   * {@code older}. Which of the two is newer is the caller's knowledge (publication times).
   */
  java.util.Set<String> updates(FactSignature older, int minShared) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Figure n : figures) {
      for (Figure o : older.figures) {
        if (n.value().equals(o.value()) || hasValue(o.value()) || older.hasValue(n.value())) continue;
        int shared = SortedIds.sharedCount(n.context(), o.context());
        if (shared >= minShared && 2 * shared >= Math.min(n.context().length, o.context().length)) out.add(o.value());
      }
    }
    return out;
  }

  /** Whether one of this sentence's figures has {@code value}. */
  boolean hasValue(String value) {
    for (Figure f : figures) {
      if (f.value().equals(value)) return true;
    }
    return false;
  }

  /**
   * Whether this sentence states a fact that {@code other} already states (symmetric).
   *
   * @param threshold    least weighted overlap coefficient
   * @param anchorWeight how many times a common word a name or number weighs
   */
  boolean repeats(FactSignature other, double threshold, double anchorWeight) {
    return repeats(other, threshold, anchorWeight, 0, 0);
  }

  /**
   * {@link #repeats(FactSignature, double, double)}, or, with {@code plainThreshold} above 0, the
   * two share at least that weighted share of the smaller one's terms even without a name or number
   * (and at least {@code plainMinTerms} terms).
   */
  boolean repeats(FactSignature other, double threshold, double anchorWeight, double plainThreshold, int plainMinTerms) {
    if (sharesAny(specific, other.specific)) return true;
    double smaller = Math.min(total(anchorWeight), other.total(anchorWeight));
    if (smaller <= 0) return false;
    double shared = sharedWeight(other, anchorWeight, true, 0);
    if (shared > 0 && shared / smaller >= threshold) return true;
    return plainThreshold > 0 && sharedWeight(other, anchorWeight, false, plainMinTerms) / smaller >= plainThreshold;
  }

  /**
   * The weighted share of the smaller sentence's terms that both sentences have, names and numbers
   * not needed (the plain test of {@link #repeats(FactSignature, double, double, double, int)}); 0
   * when they share fewer than {@code minTerms} terms.
   */
  double plainOverlap(FactSignature other, double anchorWeight, int minTerms) {
    double smaller = Math.min(total(anchorWeight), other.total(anchorWeight));
    return smaller <= 0 ? 0 : sharedWeight(other, anchorWeight, false, minTerms) / smaller;
  }

  /**
   * What two sentences state together (two consecutive sentences of one article often tell one fact
   * that another outlet puts in one sentence). A term keeps its weight, which is the same in both.
   */
  FactSignature union(FactSignature other) {
    int[] t = new int[terms.length + other.terms.length];
    boolean[] a = new boolean[t.length];
    double[] w = new double[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < other.terms.length) {
      if (j >= other.terms.length || i < terms.length && terms[i] < other.terms[j]) {
        t[n] = terms[i];
        a[n] = anchor[i];
        w[n++] = weight[i++];
      } else if (i >= terms.length || other.terms[j] < terms[i]) {
        t[n] = other.terms[j];
        a[n] = other.anchor[j];
        w[n++] = other.weight[j++];
      } else {
        t[n] = terms[i];
        a[n] = anchor[i] || other.anchor[j];
        w[n++] = weight[i++];
        j++;
      }
    }
    int[] spec = java.util.stream.IntStream.concat(java.util.Arrays.stream(specific), java.util.Arrays.stream(other.specific))
        .sorted().distinct().toArray();
    java.util.List<Figure> figs = new java.util.ArrayList<>(figures);
    figs.addAll(other.figures);
    return new FactSignature(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(w, n), spec, figs);
  }

  /**
   * The weighted share of this sentence's terms that {@code other} also has: how much of what this
   * sentence says the other one already says (not symmetric; 0 without a shared name or number).
   */
  double coveredBy(FactSignature other, double anchorWeight) {
    double shared = sharedWeight(other, anchorWeight);
    double own = total(anchorWeight);
    return shared > 0 && own > 0 ? shared / own : 0;
  }

  /** The weight of the terms both sentences have; 0 when they share no name or number and one is needed. */
  private double sharedWeight(FactSignature other, double anchorWeight) {
    return sharedWeight(other, anchorWeight, true, 0);
  }

  private double sharedWeight(FactSignature other, double anchorWeight, boolean needAnchor, int minTerms) {
    double shared = 0;
    int sharedAnchors = 0;
    int sharedTerms = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        boolean a = anchor[i] || other.anchor[j];
        if (a) sharedAnchors++;
        sharedTerms++;
        shared += weight[i] * (a ? anchorWeight : 1);
        i++;
        j++;
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    if (needAnchor ? sharedAnchors == 0 : sharedTerms < minTerms) return 0;
    return shared;
  }

  private double total(double anchorWeight) {
    double w = 0;
    for (int i = 0; i < weight.length; i++) w += weight[i] * (anchor[i] ? anchorWeight : 1);
    return w;
  }

  private static boolean sharesAny(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) return true;
      if (a[i] < b[j]) i++;
      else j++;
    }
    return false;
  }
}
