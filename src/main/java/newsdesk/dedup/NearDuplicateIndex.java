package newsdesk.dedup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The articles seen recently, searchable for exact copies (content hash) and near-duplicates
 * (MinHash with LSH banding for candidates, exact shingle containment to decide; see
 * {@link DedupConfig} for the method and its parameters).
 *
 * <p>{@link #add(String, String)} compares an arriving article with those held, then holds it too:
 * the answer is the id of the article it copies, or empty. A copy of a copy is attached to the
 * first article of the family. Among several matches the closest wins (containment, then
 * resemblance), then the one added first, so the same articles in the same order always give the
 * same answers.
 *
 * <p>Memory stays bounded: articles leave in the order they were added, once more than
 * {@code maxEntries} are held or once they were added longer than {@code maxAge} ago by the
 * injected clock. Each held article costs its shingle set (4 bytes a word), its signature
 * ({@code 4 * bands * rows} bytes) and one hash-table entry per band: about 2.5 KB for a 330-word
 * article with the defaults (measured by {@code newsdesk bench dedup --scale}).
 *
 * <p>Thread-safe (all methods synchronise on the index).
 */
public final class NearDuplicateIndex {
  private final DedupConfig config;
  private final Fingerprinter fingerprinter;
  private final Clock clock;
  private final ArrayDeque<Entry> byAge = new ArrayDeque<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Entry> byContentHash = new HashMap<>();
  /** Band key to the entries in that bucket: an {@link Entry} or, rarely, an {@code Entry[]}. */
  private final Map<Long, Object> buckets = new HashMap<>();
  private final FurnitureLines furniture;
  private long sequence;

  /** {@code countedLines}: the line hashes this entry added to {@link #furniture} (originals only). */
  private record Entry(String id, String rootId, Fingerprint fingerprint, Instant addedAt, long seq,
      long[] countedLines) {}

  private static final long[] NO_LINES = new long[0];

  public NearDuplicateIndex(DedupConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fingerprinter = new Fingerprinter(config);
    this.furniture = new FurnitureLines(config.furnitureFamilies());
  }

  /** An index with the default configuration and the system clock. */
  public NearDuplicateIndex() {
    this(DedupConfig.defaults(), Clock.systemUTC());
  }

  /**
   * Adds an article and returns the id of the article it duplicates (the original of its family),
   * or empty when it is new. Adding an id already held replaces that entry and never matches it.
   */
  public Optional<String> add(String articleId, String text) {
    return addWithMatch(articleId, text).map(DuplicateMatch::originalId);
  }

  /**
   * Like {@link #add(String, String)} with the details of the match. Lines the index has learnt to
   * be page furniture are left out of the comparison (see {@link DedupConfig#furnitureFamilies}).
   */
  public synchronized Optional<DuplicateMatch> addWithMatch(String articleId, String text) {
    Objects.requireNonNull(articleId, "articleId");
    FurnitureLines.Prepared prepared = furniture.prepare(Objects.requireNonNull(text, "text"));
    return add(articleId, fingerprinter.fingerprint(prepared.comparedLines()), prepared.lineHashes());
  }

  /**
   * Like {@link #addWithMatch(String, String)} for a fingerprint made ahead with
   * {@link #fingerprinter()}: compared as it is, without learning or removing furniture.
   */
  public synchronized Optional<DuplicateMatch> addFingerprint(String articleId, Fingerprint fingerprint) {
    Objects.requireNonNull(articleId, "articleId");
    checkLength(fingerprint);
    return add(articleId, fingerprint, NO_LINES);
  }

  private Optional<DuplicateMatch> add(String articleId, Fingerprint fingerprint, long[] lineHashes) {
    Instant now = clock.instant();
    Entry previous = byId.get(articleId);
    if (previous != null) {
      byAge.remove(previous);
      forget(previous);
    }
    evictOlderThan(now.minus(config.maxAge()));
    Optional<DuplicateMatch> match = bestMatch(fingerprint);
    long[] counted = match.isEmpty() ? lineHashes : NO_LINES;
    furniture.count(counted);
    Entry entry = new Entry(
        articleId, match.map(DuplicateMatch::originalId).orElse(articleId), fingerprint, now, sequence++, counted);
    byAge.addLast(entry);
    byId.put(articleId, entry);
    byContentHash.put(fingerprint.contentHash(), entry);
    for (long key : bandKeys(fingerprint)) addToBucket(key, entry);
    while (byAge.size() > config.maxEntries()) forget(byAge.removeFirst());
    return match;
  }

  /** The article {@code text} would be found to duplicate, without adding it. */
  public synchronized Optional<DuplicateMatch> find(String text) {
    evictOlderThan(clock.instant().minus(config.maxAge()));
    return bestMatch(fingerprinter.fingerprint(furniture.prepare(Objects.requireNonNull(text, "text")).comparedLines()));
  }

  /** The fingerprinter of this index, to make fingerprints ahead of {@link #addFingerprint}. */
  public Fingerprinter fingerprinter() {
    return fingerprinter;
  }

  /**
   * Forgets every article held and the furniture learnt from them, as a new index would be (the
   * pipeline rebuilds its working set from the store after an admission that rolled back).
   */
  public synchronized void clear() {
    while (!byAge.isEmpty()) forget(byAge.removeFirst());
  }

  /** Number of articles held. */
  public synchronized int size() {
    return byAge.size();
  }

  /** True when the article is held (not yet evicted). */
  public synchronized boolean contains(String articleId) {
    return byId.containsKey(articleId);
  }

  private Optional<DuplicateMatch> bestMatch(Fingerprint fingerprint) {
    Entry exact = byContentHash.get(fingerprint.contentHash());
    if (exact != null) {
      return Optional.of(new DuplicateMatch(exact.rootId(), exact.id(), DuplicateMatch.Kind.EXACT, 1, 1));
    }
    if (fingerprint.shingleCount() == 0) return Optional.empty();
    Set<Entry> candidates = new HashSet<>();
    for (long key : bandKeys(fingerprint)) {
      Object bucket = buckets.get(key);
      if (bucket instanceof Entry e) candidates.add(e);
      else if (bucket instanceof Entry[] entries) candidates.addAll(Arrays.asList(entries));
    }
    record Scored(Entry entry, double resemblance, double containment) {}
    return candidates.stream()
        .map(c -> {
          return new Scored(c, fingerprint.resemblance(c.fingerprint()), fingerprint.containment(c.fingerprint()));
        })
        .filter(s -> s.containment() >= config.minContainment() && s.resemblance() >= config.minResemblance())
        .min(Comparator.comparingDouble((Scored s) -> -s.containment())
            .thenComparingDouble(s -> -s.resemblance())
            .thenComparingLong(s -> s.entry().seq()))
        .map(s -> new DuplicateMatch(
            s.entry().rootId(), s.entry().id(), DuplicateMatch.Kind.NEAR, s.resemblance(), s.containment()));
  }

  private void evictOlderThan(Instant cutoff) {
    while (!byAge.isEmpty() && byAge.peekFirst().addedAt().isBefore(cutoff)) forget(byAge.removeFirst());
  }

  /** Removes an entry already taken out of {@link #byAge} from the other structures. */
  private void forget(Entry entry) {
    byId.remove(entry.id(), entry);
    byContentHash.remove(entry.fingerprint().contentHash(), entry);
    furniture.uncount(entry.countedLines());
    if (entry.fingerprint().shingleCount() == 0) return;
    for (long key : bandKeys(entry.fingerprint())) removeFromBucket(key, entry);
  }

  private long[] bandKeys(Fingerprint fingerprint) {
    if (fingerprint.shingleCount() == 0) return new long[0];
    int[] signature = fingerprint.signature();
    long[] keys = new long[config.bands()];
    for (int band = 0; band < keys.length; band++) {
      long h = band + 1;
      for (int row = 0; row < config.rows(); row++) {
        h = Fingerprinter.mix(h * 0x9E3779B97F4A7C15L + signature[band * config.rows() + row]);
      }
      keys[band] = h;
    }
    return keys;
  }

  private void addToBucket(long key, Entry entry) {
    buckets.merge(key, entry, (old, added) -> {
      Entry[] entries = old instanceof Entry e ? new Entry[] {e} : (Entry[]) old;
      Entry[] grown = Arrays.copyOf(entries, entries.length + 1);
      grown[entries.length] = (Entry) added;
      return grown;
    });
  }

  private void removeFromBucket(long key, Entry entry) {
    buckets.computeIfPresent(key, (k, bucket) -> {
      if (bucket instanceof Entry e) return e == entry ? null : e;
      Entry[] rest = Arrays.stream((Entry[]) bucket).filter(e -> e != entry).toArray(Entry[]::new);
      return rest.length == 0 ? null : rest.length == 1 ? rest[0] : rest;
    });
  }

  private void checkLength(Fingerprint fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.signature().length != config.signatureLength()) {
      throw new IllegalArgumentException("fingerprint: made with another configuration");
    }
  }
}
