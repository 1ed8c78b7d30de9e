package newsdesk.text;

import java.util.Objects;

/**
 * The language of a text.
 *
 * @param code       ISO 639-3 code as OpenNLP reports it ({@code eng}, {@code deu}, ...), or
 *                   {@link #UNDETERMINED} when the text is too short or the detector unsure
 * @param confidence the detector's probability for {@code code}, 0 when undetermined
 */
public record DetectedLanguage(String code, double confidence) {
  /** ISO 639-3 code for "undetermined". */
  public static final String UNDETERMINED = "und";

  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
  }

  public boolean isDetermined() {
    return !UNDETERMINED.equals(code);
  }
}
