package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FurnitureLinesTest {
  private static final String HEADER = "By Staff Reporter | Valley Post\n\nShare this article: Facebook Twitter WhatsApp Email Print\n\n"
      + "Listen to this article. Estimated reading time: four minutes, or save it to read later offline.\n\n";
  private static final String FOOTER = "\n\nCopyright Valley Post. All rights reserved. This material may not be published, "
      + "broadcast, rewritten or redistributed without permission of the publisher or its agents.\n\n"
      + "Sign up for our daily newsletter to get the top stories of the day delivered to your inbox every morning.\n\n"
      + "Have a news tip? Contact the Valley Post newsroom by email or through our secure tip line, and follow us.";
  private static final String SHORT_A = "The council approved a new cycle lane along the high street on Monday after "
      + "two years of consultation with shop owners and residents who had asked for safer routes to the station.";
  private static final String SHORT_B = "A bakery on Mill Lane won the regional bread prize for its sourdough, beating "
      + "forty entries from across the county in a blind tasting held at the agricultural show on Saturday.";
  /** Earlier articles of the outlet, each longer than its furniture so none looks like a copy. */
  private static final String[] OTHERS = {
    "Police closed the bridge road for five hours after a lorry shed its load of timber during the morning rush. "
        + "Drivers were diverted through the industrial estate, and buses ran up to forty minutes late. The haulage "
        + "company said the straps holding the load had been checked at the depot, and it would review its procedures. "
        + "Nobody was hurt, but two parked cars were damaged by falling planks.",
    "The library will open on Sundays from next month, the first change to its hours since the building opened. "
        + "The council found the money by sharing a caretaker with the leisure centre next door. Volunteers from the "
        + "friends of the library group will run a reading club for children every Sunday afternoon, and the local "
        + "history room will open for researchers by appointment.",
    "A local runner finished third in the city marathon, her best result after years of training on the canal path. "
        + "She ran the second half faster than the first, overtaking a dozen runners in the last six miles, and said "
        + "the crowds on the riverside had carried her home. Her club is raising money for a new floodlit track at "
        + "the secondary school, where she first started running."
  };

  private static NearDuplicateIndex index(int furnitureFamilies) {
    DedupConfig d = DedupConfig.defaults();
    DedupConfig config = new DedupConfig(d.shingleSize(), d.bands(), d.rows(), d.seed(), d.minContainment(),
        d.minResemblance(), furnitureFamilies, d.maxEntries(), d.maxAge());
    return new NearDuplicateIndex(config, Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  private static void publishOthers(NearDuplicateIndex index) {
    for (int i = 0; i < OTHERS.length; i++) index.add("other" + i, HEADER + OTHERS[i] + FOOTER);
  }

  @Test
  void withoutLearningSharedFurnitureMakesDifferentArticlesLookAlike() {
    NearDuplicateIndex index = index(0);
    publishOthers(index);
    assertThat(index.add("b", HEADER + SHORT_B + FOOTER)).isPresent();
  }

  @Test
  void furnitureSeenInThreeUnrelatedArticlesIsLeftOut() {
    NearDuplicateIndex index = index(3);
    publishOthers(index);
    assertThat(index.add("a", HEADER + SHORT_A + FOOTER)).isEmpty();
    assertThat(index.add("b", HEADER + SHORT_B + FOOTER)).isEmpty();
  }

  @Test
  void aCopyInAnotherOutletsFurnitureStillMatchesItsOriginal() {
    NearDuplicateIndex index = index(3);
    publishOthers(index);
    index.add("a", HEADER + SHORT_A + FOOTER);
    assertThat(index.add("copy", "Metro Daily wire desk\n\n" + SHORT_A + "\n\nComments are closed.")).contains("a");
  }

  @Test
  void syndicatedCopiesNeverTurnTheStoryIntoFurniture() {
    NearDuplicateIndex index = index(3);
    index.add("a", SampleTexts.FLOOD);
    for (int i = 0; i < 5; i++) assertThat(index.add("copy" + i, SampleTexts.FLOOD_SYNDICATED)).contains("a");
    assertThat(index.add("late copy", SampleTexts.FLOOD_REORDERED_UPDATE)).contains("a");
  }
}
