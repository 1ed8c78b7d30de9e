package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a text with OpenNLP's language detector (the 103-language model of
 * {@code opennlp-models-langdetect}, character n-grams, naive-Bayes style maximum entropy).
 *
 * <p>Short texts are unreliable: below {@code minLetters} letters, or when the best language is not
 * at least {@code minRatio} times as probable as the runner-up (the model spreads probability over
 * 103 languages, so absolute values are small: 0.1 to 0.4 for a clear English sentence), the
 * answer is {@link DetectedLanguage#UNDETERMINED}
 * and callers decide (the story clusterer analyses such a text in its default language and lets
 * it join a story of any language). Not thread-safe: one instance per thread.
 */
public final class LanguageDetector {
  private static final String MODEL = "/langdetect-183.bin";
  private static final int MAX_CHARS = 2_000;

  private final LanguageDetectorME detector;
  private final int minLetters;
  private final double minRatio;

  /**
   * @param minLetters texts with fewer letters are undetermined (e.g. 40)
   * @param minRatio   lowest accepted ratio of the best to the second-best language's probability
   *                   (e.g. 2)
   */
  public LanguageDetector(int minLetters, double minRatio) {
    if (minLetters < 0) throw new IllegalArgumentException("minLetters must be >= 0: " + minLetters);
    if (!(minRatio >= 1)) throw new IllegalArgumentException("minRatio must be >= 1: " + minRatio);
    this.minLetters = minLetters;
    this.minRatio = minRatio;
    this.detector = new LanguageDetectorME(loadModel());
  }

  /** Defaults: 40 letters, ratio 2 (no English headline of the bench data is taken for another language). */
  public LanguageDetector() {
    this(40, 2.0);
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP language model " + MODEL + " is not on the class path"
                + " (dependency org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP language model " + MODEL, e);
    }
  }

  /** The language of {@code text}; the first 2,000 characters decide. */
  public DetectedLanguage detect(String text) {
    Objects.requireNonNull(text, "text");
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (letters(sample) < minLetters) return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0);
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0);
    Language best = ranked[0];
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    if (best.getConfidence() < minRatio * second) return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0);
    return new DetectedLanguage(best.getLang(), best.getConfidence());
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }
}
