package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Summarizer} must meet: empty input or articles without text give a
 * brief without paragraphs, the brief's sentences are the articles' own (extractive), the same
 * articles give the same brief from any instance, and one instance serves threads at once.
 */
abstract class SummarizerContract {
  /** A new summarizer under test; two calls give two instances. */
  abstract Summarizer summarizer();

  static final String FLOOD = "Floodwaters from the swollen Marrow River forced about 3,000 residents of Riverton from their"
      + " homes on Saturday, after two days of heavy rain. The river rose to 9.4 metres at the town bridge, its highest level"
      + " since 1998, the regional water agency said. Emergency shelters were opened at two schools and the sports hall."
      + " The mayor said the town would need weeks to recover.";
  static final String FLOOD_TOO = "About 3,000 people left their homes in Riverton after the Marrow River burst its banks on"
      + " Saturday. Shelters opened in two schools. Forecasters expect more rain on Monday, and the water agency warned that"
      + " the river could rise again.";

  static List<SourceArticle> story() {
    return List.of(new SourceArticle("a", "Floods force 3,000 from homes in Riverton", FLOOD, "Daily Example", null),
        new SourceArticle("b", "Riverton evacuated as river bursts banks", FLOOD_TOO, "Other Outlet", null));
  }

  @Test
  void emptyInputGivesABriefWithoutParagraphs() {
    assertThat(summarizer().summarize(List.of(), SummaryLength.sentences(3)).paragraphs()).isEmpty();
  }

  @Test
  void articlesWithoutTextGiveABriefWithoutParagraphs() {
    List<SourceArticle> noText = List.of(new SourceArticle("x", "", "", null, null),
        new SourceArticle("y", "Title", "   \n\n ", null, null));
    assertThat(summarizer().summarize(noText, SummaryLength.sentences(3)).paragraphs()).isEmpty();
  }

  @Test
  void everySentenceIsTheArticlesOwn() {
    Brief brief = summarizer().summarize(story(), SummaryLength.sentences(3));
    assertThat(brief.sentences()).isNotEmpty();
    SummaryChecks.assertProvenance(brief, story());
  }

  @Test
  void theSameArticlesGiveTheSameBriefFromAnyInstance() {
    Brief one = summarizer().summarize(story(), SummaryLength.words(60));
    Brief two = summarizer().summarize(new ArrayList<>(story()), SummaryLength.words(60));
    assertThat(two).isEqualTo(one);
  }

  @Test
  void isThreadSafe() throws Exception {
    Summarizer shared = summarizer();
    Brief expected = shared.summarize(story(), SummaryLength.DEFAULT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Brief>> results =
          pool.invokeAll(java.util.Collections.nCopies(20, () -> shared.summarize(story(), SummaryLength.DEFAULT)));
      for (Future<Brief> f : results) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
