package newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the lines of interview transcripts in an analysed story and marks them
 * ({@link Candidate#interview()}). An article is a transcript when it has at least
 * {@link SummarizerConfig#transcriptLabels()} speaker labels, or, among at least
 * {@link SummarizerConfig#transcriptSentences()} sentences, at least
 * {@link SummarizerConfig#transcriptQuestions()} questions and at least one question in every
 * {@link SummarizerConfig#transcriptQuestionEvery()} sentences. Its lines start at the paragraph of
 * its first question or label (what comes before is the narrated introduction; a greeting before
 * the first question is the interviewer's), or at that sentence itself when it sits in the
 * article's first paragraph. Thread-safe: no mutable state.
 */
final class TranscriptDetector {
  private final SummarizerConfig config;

  TranscriptDetector(SummarizerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** {@code story} with {@link Candidate#interview()} set on exactly the lines of its transcripts. */
  StoryAnalyzer.Story markInterviewLines(StoryAnalyzer.Story story) {
    List<Candidate> cs = story.candidates();
    boolean[] lines = interviewLines(cs);
    List<Candidate> out = new ArrayList<>(cs.size());
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      out.add(c.interview() == lines[i] ? c : c.withInterview(lines[i]));
    }
    return new StoryAnalyzer.Story(List.copyOf(out), story.titles(), story.articles());
  }

  /** Whether an article of {@code sentences} sentences with these labels and questions is a transcript. */
  boolean isTranscript(int labels, int questions, int sentences) {
    return labels >= config.transcriptLabels()
        || questions >= config.transcriptQuestions() && sentences >= config.transcriptSentences()
            && (long) questions * config.transcriptQuestionEvery() >= sentences;
  }

  /** One flag per candidate (candidates in article, then sentence order): a line of a transcript. */
  private boolean[] interviewLines(List<Candidate> cs) {
    boolean[] out = new boolean[cs.size()];
    int from = 0;
    while (from < cs.size()) {
      int to = from;
      int labels = 0;
      int questions = 0;
      int first = -1;
      while (to < cs.size() && cs.get(to).article() == cs.get(from).article()) {
        Candidate c = cs.get(to);
        if (c.labelled()) labels++;
        if (c.question()) questions++;
        if ((c.question() || c.labelled()) && first < 0) first = to;
        to++;
      }
      if (first >= 0 && isTranscript(labels, questions, to - from)) {
        int firstParagraph = cs.get(first).paragraph();
        boolean inIntroduction = firstParagraph == cs.get(from).paragraph();
        for (int i = from; i < to; i++) out[i] = inIntroduction ? i >= first : cs.get(i).paragraph() >= firstParagraph;
      }
      from = to;
    }
    return out;
  }
}
