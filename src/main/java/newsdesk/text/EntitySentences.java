package newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * The sentences of one line of text by OpenNLP's sentence model, with the model's cut after a
 * person's initial undone. Not thread-safe (the model is not).
 */
final class EntitySentences {
  /** A sentence that ends in a person's initial ("... Jessie K."), which the sentence model takes for a full stop. */
  private static final Pattern ENDS_IN_INITIAL = Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.$");

  private final SentenceDetectorME sentences;
  private final NameWords words;

  EntitySentences(SentenceDetectorME sentences, NameWords words) {
    this.sentences = sentences;
    this.words = words;
  }

  /**
   * The sentences of {@code line}, a sentence that ends in an initial joined to the next when that
   * one opens with a capital ("Jessie K." + "Liu said ..."; "Michael J. T." + "Guy ..."): the
   * model cuts after any capital and full stop, which split a name in two.
   */
  List<String> sentencesOf(String line) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences.sentDetect(line)) {
      int last = out.size() - 1;
      if (last >= 0 && ENDS_IN_INITIAL.matcher(out.get(last)).find() && opensWithName(sentence)) {
        out.set(last, out.get(last) + " " + sentence);
      } else {
        out.add(sentence);
      }
    }
    return out;
  }

  /** Whether {@code sentence} opens with a capitalised word that may be a name ("Liu", not "These" or "I'm"). */
  private boolean opensWithName(String sentence) {
    int space = sentence.indexOf(' ');
    String first = space < 0 ? sentence : sentence.substring(0, space);
    return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && !words.isNotEntity(first)
        && !NameTokens.CONTRACTION.matcher(first).find();
  }
}
