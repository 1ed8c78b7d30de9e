package newsdesk.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantMakerTest {
  private static final List<CorpusArticle> CORPUS = List.of(
      new CorpusArticle("a", "Flood in Millbrook", "One two three four five six.\n\nSeven eight nine ten eleven.\n\n"
          + "Twelve thirteen fourteen fifteen.\n\nSixteen seventeen eighteen nineteen twenty.", "Disasters"),
      new CorpusArticle("b", "Storm in Eastwick", "Alpha beta gamma delta.\n\nEpsilon zeta eta theta.", "Disasters"),
      new CorpusArticle("c", "Library opens", "Books and more books.\n\nA cafe too.", "Culture"));

  @Test
  void variantsAreDeterministicAndDiffer() {
    VariantMaker maker = new VariantMaker(CORPUS, Boilerplate.bundled(), 7);
    VariantMaker again = new VariantMaker(CORPUS, Boilerplate.bundled(), 7);
    BenchText original = BenchText.of(CORPUS.get(0));
    for (VariantKind kind : VariantKind.values()) {
      BenchText variant = maker.variant(CORPUS.get(0), kind);
      assertThat(again.variant(CORPUS.get(0), kind)).as(kind.name()).isEqualTo(variant);
      assertThat(variant.fullText()).as(kind.name()).isNotEqualTo(original.fullText());
      assertThat(variant.familyId()).isEqualTo("a");
      assertThat(variant.id()).isNotEqualTo("a");
    }
  }

  @Test
  void negativesPairDifferentArticlesOnly() {
    List<BenchPair> negatives = new PairMaker(CORPUS, Boilerplate.bundled(), 7).negatives();
    assertThat(negatives).isNotEmpty().allSatisfy(p -> {
      assertThat(p.duplicate()).isFalse();
      assertThat(p.first().familyId()).isNotEqualTo(p.second().familyId());
    });
  }
}
