package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscriptDetectorTest {
  private final SummarizerResources resources = SummarizerResources.english();
  private final TranscriptDetector defaults = new TranscriptDetector(SummarizerConfig.defaults());

  @Test
  void theDefaultRuleWantsTwoLabelsOrFrequentQuestionsInALongArticle() {
    assertThat(defaults.isTranscript(2, 0, 3)).isTrue();
    assertThat(defaults.isTranscript(1, 0, 3)).isFalse();
    assertThat(defaults.isTranscript(0, 3, 10)).as("3 questions in 10 sentences").isTrue();
    assertThat(defaults.isTranscript(0, 3, 15)).as("one question in five sentences").isTrue();
    assertThat(defaults.isTranscript(0, 3, 16)).as("fewer than one in five").isFalse();
    assertThat(defaults.isTranscript(0, 2, 10)).as("too few questions").isFalse();
    assertThat(defaults.isTranscript(0, 9, 9)).as("too short an article").isFalse();
  }

  @Test
  void theThresholdsComeFromTheConfig() {
    var config = SummarizerConfig.defaults().with(Map.of("transcriptLabels", "1", "transcriptSentences", "4",
        "transcriptQuestions", "2", "transcriptQuestionEvery", "2"));
    var detector = new TranscriptDetector(config);
    assertThat(detector.isTranscript(1, 0, 3)).isTrue();
    assertThat(detector.isTranscript(0, 2, 4)).isTrue();
    assertThat(detector.isTranscript(0, 2, 5)).isFalse();
  }

  @Test
  void linesStartAtTheFirstLabelledParagraphAndTheAnalyzerLeavesThemUnmarked() {
    String text = "The minister spoke to us on Friday.\n\n((WN)) Tell us more about the plan.\n\n"
        + "((Jane Roe)) We will build two bridges. Looks like we start in May.";
    var story = new StoryAnalyzer(new SentenceSplitter(resources), resources)
        .analyze(List.of(new SourceArticle("t", "", text, null, null)));
    assertThat(story.candidates()).noneMatch(Candidate::interview);
    assertThat(story.candidates()).extracting(Candidate::labelled).containsExactly(false, true, true, false);
    assertThat(defaults.markInterviewLines(story).candidates()).extracting(Candidate::interview)
        .containsExactly(false, true, true, true);
    var strict = new TranscriptDetector(SummarizerConfig.defaults().with(Map.of("transcriptLabels", "3")));
    assertThat(strict.markInterviewLines(story).candidates()).noneMatch(Candidate::interview);
  }
}
