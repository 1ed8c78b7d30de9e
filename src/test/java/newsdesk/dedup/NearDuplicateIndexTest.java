package newsdesk.dedup;

import static newsdesk.dedup.SampleTexts.FLOOD;
import static newsdesk.dedup.SampleTexts.FLOOD_REORDERED_UPDATE;
import static newsdesk.dedup.SampleTexts.FLOOD_SYNDICATED;
import static newsdesk.dedup.SampleTexts.OTHER_FLOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.ManualClock;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final Instant T0 = Instant.parse("2020-03-01T08:00:00Z");

  private static NearDuplicateIndex index() {
    return new NearDuplicateIndex(DedupConfig.defaults(), Clock.fixed(T0, ZoneOffset.UTC));
  }

  @Test
  void aClearedIndexHoldsNothingAndFindsNoCopy() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    index.clear();
    assertThat(index.size()).isZero();
    assertThat(index.contains("a")).isFalse();
    assertThat(index.find(FLOOD)).isEmpty();
    assertThat(index.add("b", FLOOD_SYNDICATED)).isEmpty();
    assertThat(index.add("c", FLOOD)).contains("b");
  }

  @Test
  void firstArticleDuplicatesNothing() {
    assertThat(index().add("a", FLOOD)).isEmpty();
  }

  @Test
  void exactCopyIgnoringCaseAndPunctuationIsFound() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    String shouted = FLOOD.toUpperCase(java.util.Locale.ROOT).replace(",", " ,").replace(".", "!");
    Optional<DuplicateMatch> match = index.addWithMatch("b", shouted);
    assertThat(match).get().extracting(DuplicateMatch::originalId, DuplicateMatch::kind)
        .containsExactly("a", DuplicateMatch.Kind.EXACT);
  }

  @Test
  void syndicatedCopyWithOtherBoilerplateAndEditsIsANearDuplicate() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    Optional<DuplicateMatch> match = index.addWithMatch("b", FLOOD_SYNDICATED);
    assertThat(match).get().satisfies(m -> {
      assertThat(m.originalId()).isEqualTo("a");
      assertThat(m.kind()).isEqualTo(DuplicateMatch.Kind.NEAR);
      assertThat(m.containment()).isBetween(DedupConfig.defaults().minContainment(), 1.0);
    });
  }

  @Test
  void reorderedUpdateWithAnAddedParagraphIsANearDuplicate() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    assertThat(index.add("b", FLOOD_REORDERED_UPDATE)).contains("a");
  }

  @Test
  void anotherEventOfTheSameKindIsNotADuplicate() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    assertThat(index.add("b", OTHER_FLOOD)).isEmpty();
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aCopyOfACopyIsAttachedToTheOriginal() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    index.add("b", FLOOD_SYNDICATED);
    Optional<DuplicateMatch> match = index.addWithMatch("c", FLOOD_SYNDICATED + "\n\nRead more: weather.");
    assertThat(match).get().extracting(DuplicateMatch::originalId, DuplicateMatch::matchedId)
        .containsExactly("a", "b");
  }

  @Test
  void theSameArticlesInTheSameOrderGiveTheSameAnswers() {
    List<String> texts = List.of(FLOOD, OTHER_FLOOD, FLOOD_SYNDICATED, FLOOD_REORDERED_UPDATE, FLOOD, OTHER_FLOOD + " More.");
    List<Optional<DuplicateMatch>> first = run(texts);
    assertThat(run(texts)).isEqualTo(first);
    assertThat(first.stream().filter(Optional::isPresent).count()).isEqualTo(4);
  }

  private static List<Optional<DuplicateMatch>> run(List<String> texts) {
    NearDuplicateIndex index = index();
    List<Optional<DuplicateMatch>> answers = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) answers.add(index.addWithMatch("id" + i, texts.get(i)));
    return answers;
  }

  @Test
  void fingerprintsDependOnlyOnTheSeed() {
    Fingerprint a = new Fingerprinter(DedupConfig.defaults()).fingerprint(FLOOD);
    Fingerprint b = new Fingerprinter(DedupConfig.defaults()).fingerprint(FLOOD);
    DedupConfig d = DedupConfig.defaults();
    DedupConfig otherSeed = new DedupConfig(d.shingleSize(), d.bands(), d.rows(), d.seed() + 1,
        d.minContainment(), d.minResemblance(), d.furnitureFamilies(), d.maxEntries(), d.maxAge());
    Fingerprint c = new Fingerprinter(otherSeed).fingerprint(FLOOD);
    assertThat(b.signature()).isEqualTo(a.signature());
    assertThat(b.shingles()).isEqualTo(a.shingles());
    assertThat(b.contentHash()).isEqualTo(a.contentHash()).hasSize(32);
    assertThat(c.signature()).isNotEqualTo(a.signature());
  }

  @Test
  void keepsAtMostMaxEntriesEvictingTheOldest() {
    DedupConfig config = DedupConfig.defaults().withEviction(2, Duration.ofDays(7));
    NearDuplicateIndex index = new NearDuplicateIndex(config, Clock.fixed(T0, ZoneOffset.UTC));
    index.add("flood", FLOOD);
    index.add("other", OTHER_FLOOD);
    String library = "A third article about a completely different subject, the opening of a new library "
        + "with forty thousand books, a cafe and a children's reading room in the old post office.";
    index.add("library", library);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.contains("flood")).isFalse();
    assertThat(index.add("copy", FLOOD_SYNDICATED)).isEmpty(); // its original left; "other" leaves now
    assertThat(index.contains("other")).isFalse();
    assertThat(index.add("library copy", library)).contains("library");
  }

  @Test
  void forgetsArticlesOlderThanMaxAge() {
    ManualClock clock = new ManualClock(T0);
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults().withEviction(100, Duration.ofDays(3)), clock);
    index.add("flood", FLOOD);
    clock.advance(Duration.ofDays(2));
    index.add("other", OTHER_FLOOD);
    assertThat(index.find(FLOOD_SYNDICATED)).isPresent();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    assertThat(index.add("copy", FLOOD_SYNDICATED)).isEmpty();
    assertThat(index.contains("flood")).isFalse();
    assertThat(index.contains("other")).isTrue();
  }

  @Test
  void findDoesNotAdd() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    assertThat(index.find(FLOOD_SYNDICATED)).get().extracting(DuplicateMatch::originalId).isEqualTo("a");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void reAddingAnIdReplacesItsEntryAndNeverMatchesItself() {
    NearDuplicateIndex index = index();
    index.add("a", FLOOD);
    assertThat(index.add("a", FLOOD)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.add("b", FLOOD)).contains("a");
  }

  @Test
  void emptyTextsAreExactCopiesOfEachOtherOnly() {
    NearDuplicateIndex index = index();
    assertThat(index.add("e1", "")).isEmpty();
    assertThat(index.add("flood", FLOOD)).isEmpty();
    assertThat(index.add("e2", " ... ")).contains("e1");
  }

  @Test
  void veryShortTextsStillCompare() {
    NearDuplicateIndex index = index();
    assertThat(index.add("a", "Fire in Leeds")).isEmpty();
    assertThat(index.add("b", "Flood in York")).isEmpty();
    assertThat(index.add("c", "fire in leeds!")).contains("a");
  }

  @Test
  void misuseNamesTheArgument() {
    NearDuplicateIndex index = index();
    assertThatThrownBy(() -> index.add(null, FLOOD)).hasMessageContaining("articleId");
    assertThatThrownBy(() -> index.add("a", null)).hasMessageContaining("text");
    DedupConfig d = DedupConfig.defaults();
    assertThatThrownBy(() -> new DedupConfig(0, 1, 1, 1, 0.5, 0.1, 3, 1, Duration.ofDays(1)))
        .hasMessageContaining("shingleSize");
    assertThatThrownBy(() -> d.withEviction(0, Duration.ofDays(1))).hasMessageContaining("maxEntries");
    Fingerprint foreign = new Fingerprinter(new DedupConfig(5, 2, 2, 1, 0.5, 0.1, 3, 10, Duration.ofDays(1))).fingerprint(FLOOD);
    assertThatThrownBy(() -> index.addFingerprint("x", foreign)).hasMessageContaining("fingerprint");
  }
}
