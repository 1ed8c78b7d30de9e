package newsdesk.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.BestOriginal;

/**
 * A story's articles as the texts they carry: an original and its copies (as dedup filed them,
 * {@link CopyFiler}) are one text, which a brief tells once and a link names once. Each text is
 * represented by its face, the one of its articles a reader is sent to: one with a live link first
 * (a syndicated copy reads the same report when the original's page is gone), then the agency's own
 * page, then a copy that credits the agency (an outlet that says whose report it carries) over one
 * that does not, then the original, then the earliest, then the smallest id. A copy whose original
 * is not in the story is a text of its own (with the other copies of that original).
 *
 * <p>A text that credits an agency but that dedup did not file as a copy (an outlet's edit of the
 * agency's report: cut, localised, merged with its own reporting) is a text of its own with its own
 * carriers, deliberately not grouped with the agency's text for "which text most outlets carry": a
 * credit names the report's author, not the text. An agency files several texts on one story (the
 * first take, write-throughs that replace it, a sidebar), all credited alike, so grouping by credit
 * would add the outlets of one take to another and could make an outdated take look the most
 * carried; and an edit is not what a reader finds at the agency's text, so it carries that text no
 * more than a rewrite does. Such a text still ranks as {@link BestOriginal.Wire#CREDITED}, before an
 * uncredited text carried by as many outlets. A contribution footer ("AP contributed to this
 * report") credits nothing ({@link BestOriginal#wire}). Deterministic.
 */
final class StoryTexts {
  /**
   * One text of a story.
   *
   * @param face     the article that represents it
   * @param carriers the outlets that carry it (names compared ignoring case; an article without an
   *                 outlet counts as one)
   * @param wire     the strongest wire status among its articles ({@link BestOriginal#wire})
   */
  record Text(StoredArticle face, int carriers, BestOriginal.Wire wire) {
    Text {
      Objects.requireNonNull(face, "face");
      Objects.requireNonNull(wire, "wire");
    }

    /** The choice's view of this text, as its face. */
    BestOriginal.Option option() {
      return new BestOriginal.Option(face.publicId(), face.outlet(), face.text().length(), face.published(), carriers, wire);
    }
  }

  private final BestOriginal bestOriginal;

  StoryTexts(BestOriginal bestOriginal) {
    this.bestOriginal = Objects.requireNonNull(bestOriginal, "bestOriginal");
  }

  /** The texts of {@code members}, in the order their first articles come in {@code members}. */
  List<Text> of(List<StoredArticle> members) {
    Map<Long, List<StoredArticle>> byText = new LinkedHashMap<>();
    for (StoredArticle a : members) {
      byText.computeIfAbsent(a.duplicateOf() == null ? a.id() : a.duplicateOf(), k -> new ArrayList<>()).add(a);
    }
    List<Text> out = new ArrayList<>();
    for (List<StoredArticle> carriers : byText.values()) {
      Map<Long, BestOriginal.Wire> wire = new LinkedHashMap<>();
      carriers.forEach(a -> wire.put(a.id(), bestOriginal.wire(a.outlet(), a.text(), a.authors())));
      StoredArticle face = carriers.stream()
          .min(Comparator.comparing((StoredArticle a) -> a.readableUrl() == null)
              .thenComparing(a -> wire.get(a.id()), Comparator.reverseOrder())
              .thenComparing(a -> a.duplicateOf() != null)
              .thenComparing(StoredArticle::time, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparingLong(StoredArticle::id))
          .orElseThrow();
      BestOriginal.Wire strongest = wire.values().stream().max(Comparator.naturalOrder()).orElseThrow();
      out.add(new Text(face, outlets(carriers), strongest));
    }
    return List.copyOf(out);
  }

  private static int outlets(List<StoredArticle> articles) {
    Set<String> names = new HashSet<>();
    int unnamed = 0;
    for (StoredArticle a : articles) {
      if (a.outlet() == null || a.outlet().isBlank()) unnamed++;
      else names.add(a.outlet().strip().toLowerCase(Locale.ROOT));
    }
    return names.size() + unnamed;
  }
}
