package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories catch up after a run that stored briefs but never ranked them: killed between
 * the two, or whose related update threw. The next run, which briefs nothing, ranks them.
 */
class RelatedRecoveryTest {
  @TempDir Path dir;

  @Test
  void storiesBriefedByAKilledRunGetTheirRelatedStoriesOnTheNextRun() {
    String expected = reference(dir.resolve("reference"));
    try (LoopbackFixture f = new LoopbackFixture(mkdirs(dir.resolve("crashed")))) {
      List<String> ids = RelatedFixture.fill(f.store);
      // The killed run: every brief committed, the process gone before the related update.
      briefAll(f.store, ids);
      assertThat(f.store.storiesNeedingRelated()).containsExactlyInAnyOrderElementsOf(ids);

      int briefed = f.pipeline(StandardStages.create()).refreshDerived();

      assertThat(briefed).as("nothing left to brief").isZero();
      assertThat(RelatedFixture.related(f.store, ids)).isEqualTo(expected);
      assertThat(f.store.storiesNeedingRelated()).isEmpty();
    }
  }

  @Test
  void aRelatedUpdateThatThrewIsCompletedByTheNextRun() {
    String expected = reference(dir.resolve("reference"));
    try (LoopbackFixture f = new LoopbackFixture(mkdirs(dir.resolve("failed")))) {
      List<String> ids = RelatedFixture.fill(f.store);
      briefAll(f.store, ids);
      Stages s = StandardStages.create();
      Stages failing = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), s.clusterer(), s.summarizer(), s.bestOriginal(), (store, changed) -> {
            throw new IllegalStateException("related update failed (simulated)");
          });
      f.pipeline(failing).refreshDerived();
      assertThat(RelatedFixture.related(f.store, ids)).as("nothing stored by the failed update").doesNotContain("(");
      assertThat(f.store.storiesNeedingRelated()).hasSameSizeAs(ids);

      f.pipeline(StandardStages.create()).refreshDerived();

      assertThat(RelatedFixture.related(f.store, ids)).isEqualTo(expected);
      assertThat(f.store.storiesNeedingRelated()).isEmpty();
    }
  }

  @Test
  void aBriefRewrittenAfterTheRankingKeepsItsMark() {
    try (SqliteNewsStore store = RelatedFixture.open(dir)) {
      List<String> ids = RelatedFixture.fill(store);
      briefAll(store, ids);
      String story = ids.getFirst();
      store.relatedStored(story, 1);
      assertThat(store.storiesNeedingRelated()).doesNotContain(story);

      saveBrief(store, story, 2);
      store.relatedStored(story, 1); // an update that ranked the version-1 brief
      assertThat(store.storiesNeedingRelated()).as("the version-2 brief is still to rank").contains(story);
      store.relatedStored(story, 2);
      assertThat(store.storiesNeedingRelated()).doesNotContain(story);
    }
  }

  /** The related stories of the fixture when every story is briefed and ranked in one uninterrupted run. */
  private static String reference(Path dir) {
    mkdirs(dir);
    try (SqliteNewsStore store = RelatedFixture.open(dir)) {
      List<String> ids = RelatedFixture.fill(store);
      briefAll(store, ids);
      new StoredRelatedStories().update(store, ids);
      String related = RelatedFixture.related(store, ids);
      assertThat(related).as("the fixture has related stories").contains("(");
      return related;
    }
  }

  private static Path mkdirs(Path dir) {
    try {
      return java.nio.file.Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void briefAll(SqliteNewsStore store, List<String> ids) {
    for (String id : ids) saveBrief(store, id, 1);
  }

  private static void saveBrief(SqliteNewsStore store, String storyId, int version) {
    StoredArticle lead = store.articlesOfStory(storyId).getFirst();
    String sentence = lead.text().split("\n\n")[0];
    store.saveBrief(new StoredBrief(storyId, version, new Brief(lead.title(),
        List.of(List.of(new SummarySentence(sentence, lead.publicId(), 0, sentence.length())))), lead.id()));
  }

}
