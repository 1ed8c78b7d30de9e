package newsdesk.dedup.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Makes the benchmark's true near-duplicates of a corpus article, one per {@link VariantKind}, and
 * wraps texts in another outlet's furniture. Deterministic: the same seed, article and corpus give
 * the same copies. The filler paragraphs and headlines come from the other corpus articles, so
 * edits use real news vocabulary.
 */
public final class VariantMaker {
  private static final String[] OUTLETS = {
    "The Evening Courier", "Northern Ledger", "Metro Daily", "The Harbour Times", "Valley Post"
  };

  private static final int MAX_ADDED_WORDS = 120;

  private final List<CorpusArticle> corpus;
  private final Boilerplate boilerplate;
  private final long seed;

  public VariantMaker(List<CorpusArticle> corpus, Boilerplate boilerplate, long seed) {
    this.corpus = List.copyOf(Objects.requireNonNull(corpus, "corpus"));
    this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    this.seed = seed;
  }

  /** The copy of {@code original} of the given kind; its id is the original's plus the kind. */
  public BenchText variant(CorpusArticle original, VariantKind kind) {
    SplittableRandom random = new SplittableRandom(seed ^ original.id().hashCode() * 31L ^ kind.ordinal());
    BenchText base = BenchText.of(original);
    String id = original.id() + "#" + kind.name().toLowerCase(java.util.Locale.ROOT);
    BenchText copy = switch (kind) {
      case BOILERPLATE -> wrap(base, random);
      case REORDERED -> reorder(base, random);
      case PARAGRAPH_ADDED -> addParagraph(base, original, random);
      case PARAGRAPH_REMOVED -> removeParagraph(base, random);
      case HEADLINE_CHANGED -> changeHeadline(base, original, random);
      case WORDS_EDITED -> editWords(base, random, 0.02);
      case SYNDICATED ->
          wrap(editWords(removeParagraph(changeHeadline(base, original, random), random), random, 0.01), random);
    };
    return new BenchText(id, original.id(), copy.title(), copy.paragraphs());
  }

  /** {@code text} with one outlet's header and footer lines around it (chosen by the random). */
  public BenchText wrap(BenchText text, SplittableRandom random) {
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    List<String> paragraphs = new ArrayList<>();
    int headers = 1 + random.nextInt(2);
    for (int i = 0; i < headers; i++) paragraphs.add(fill(pick(boilerplate.headers(), random), outlet, random));
    paragraphs.addAll(text.paragraphs());
    int footers = 1 + random.nextInt(3);
    for (int i = 0; i < footers; i++) paragraphs.add(fill(pick(boilerplate.footers(), random), outlet, random));
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  /**
   * {@code text} as one of the made-up outlets publishes it: every page of an outlet carries the
   * same header and footer lines (chosen once per outlet), with its own related headlines.
   */
  public BenchText publishAs(BenchText text, int outlet) {
    int o = Math.floorMod(outlet, OUTLETS.length);
    SplittableRandom house = new SplittableRandom(seed * 31 + o);
    SplittableRandom page = new SplittableRandom(seed ^ text.id().hashCode());
    List<String> paragraphs = new ArrayList<>();
    int headers = 1 + house.nextInt(2);
    for (int i = 0; i < headers; i++) paragraphs.add(fill(pick(boilerplate.headers(), house), OUTLETS[o], page));
    paragraphs.addAll(text.paragraphs());
    int footers = 1 + house.nextInt(3);
    for (int i = 0; i < footers; i++) paragraphs.add(fill(pick(boilerplate.footers(), house), OUTLETS[o], page));
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  private String fill(String line, String outlet, SplittableRandom random) {
    String related = String.join("; ", List.of(otherTitle(random), otherTitle(random), otherTitle(random)));
    return line.replace("{outlet}", outlet).replace("{related}", related);
  }

  private String otherTitle(SplittableRandom random) {
    return corpus.get(random.nextInt(corpus.size())).title();
  }

  private static BenchText reorder(BenchText text, SplittableRandom random) {
    List<String> paragraphs = new ArrayList<>(text.paragraphs());
    if (paragraphs.size() < 2) return text;
    List<String> original = List.copyOf(paragraphs);
    while (paragraphs.equals(original)) Collections.shuffle(paragraphs, new java.util.Random(random.nextLong()));
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  private BenchText addParagraph(BenchText text, CorpusArticle original, SplittableRandom random) {
    CorpusArticle donor = other(original, random);
    String[] added = pick(donor.paragraphs(), random).split("\\s+");
    // an update adds a paragraph, not a second article: long paragraphs are cut to their start
    String paragraph = String.join(" ", Arrays.copyOf(added, Math.min(added.length, MAX_ADDED_WORDS)));
    List<String> paragraphs = new ArrayList<>(text.paragraphs());
    paragraphs.add(1 + random.nextInt(paragraphs.size()), paragraph);
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  private static BenchText removeParagraph(BenchText text, SplittableRandom random) {
    List<String> paragraphs = new ArrayList<>(text.paragraphs());
    if (paragraphs.size() < 3) return text; // cutting a third or half of it is a rewrite, not a trim
    paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  private BenchText changeHeadline(BenchText text, CorpusArticle original, SplittableRandom random) {
    String[] lead = text.paragraphs().isEmpty() ? new String[0] : text.paragraphs().get(0).split("\\s+");
    String headline = random.nextBoolean() && lead.length > 6
        ? String.join(" ", Arrays.copyOf(lead, Math.min(lead.length, 8 + random.nextInt(6))))
        : "UPDATE: " + other(original, random).title().split("\\s+")[0] + " " + text.title();
    return new BenchText(text.id(), text.familyId(), headline, text.paragraphs());
  }

  /** Edits about {@code share} of the words: replaced by a word of another article, dropped, swapped. */
  private BenchText editWords(BenchText text, SplittableRandom random, double share) {
    List<List<String>> words = new ArrayList<>();
    int total = 0;
    for (String p : text.paragraphs()) {
      List<String> w = new ArrayList<>(List.of(p.split("\\s+")));
      words.add(w);
      total += w.size();
    }
    int edits = Math.max(3, (int) Math.round(total * share));
    for (int e = 0; e < edits; e++) {
      List<String> paragraph = words.get(random.nextInt(words.size()));
      if (paragraph.size() < 3) continue;
      int at = random.nextInt(paragraph.size() - 1);
      switch (random.nextInt(3)) {
        case 0 -> paragraph.set(at, donorWord(random));
        case 1 -> paragraph.remove(at);
        default -> Collections.swap(paragraph, at, at + 1);
      }
    }
    List<String> paragraphs = words.stream().map(w -> String.join(" ", w)).toList();
    return new BenchText(text.id(), text.familyId(), text.title(), paragraphs);
  }

  private String donorWord(SplittableRandom random) {
    String[] words = corpus.get(random.nextInt(corpus.size())).text().split("\\s+");
    return words[random.nextInt(words.length)];
  }

  private CorpusArticle other(CorpusArticle original, SplittableRandom random) {
    if (corpus.size() < 2) throw new IllegalStateException("the corpus needs two articles or more");
    CorpusArticle other;
    do other = corpus.get(random.nextInt(corpus.size())); while (other.id().equals(original.id()));
    return other;
  }

  private static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }
}
