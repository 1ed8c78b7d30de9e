package newsdesk.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language data the summarizer reads from {@code src/main/resources/newsdesk/summarize/}: kept
 * out of code so that a rule is changed by editing a list, never an if-chain.
 *
 * @param abbreviations   words that end with a period without ending a sentence
 * @param stopwords       function words ignored when comparing sentences
 * @param danglingOpeners openers (one or more words) that refer back to an earlier sentence
 * @param boilerplate     patterns of sentences that are page furniture, not reporting
 * @param datelines       patterns of a dateline or outlet tag cut from the start of a sentence
 * @param transcriptLabels patterns of an interview speaker label: a sentence starts at one, and it
 *                        is cut from the start of the sentence
 * @param questions       patterns of a sentence that asks a question (not a fact)
 * @param numberWords     numbers written as words ("three", "million"), anchors of a fact
 * @param standAloneOpeners openers that begin with a word of {@code danglingOpeners} but point
 *                        nowhere ("It was reported that ...", "It emerged on Monday ..."): a
 *                        sentence starting with one stands on its own
 * @param replyOpeners    patterns of the opening of a reply that leans on the question before it
 *                        ("Yes.", "No, I think ...", "That's right"), matched at the start of a
 *                        sentence after any opening quotation mark
 * @param pluralSpeakers  lowercase speakers that are plural without ending in "s" ("police",
 *                        "they"): after "..., police said." a "He said ..." has nobody to refer to
 * @param demonstrativeNouns nouns after "this"/"these" that point at the moment of writing, not
 *                        back at something said ("this year", "this week"): a sentence with any
 *                        other "this/these + noun" cannot open a brief unless it opens its article
 * @param importanceCues  Snowball stems that mark a sentence about casualties ("kill", "dead"):
 *                        such a sentence gains {@link SummarizerConfig#cueWeight()}
 * @param pluralSpeakerForms patterns of a lowercase speaker that {@code pluralSpeakers} does not
 *                        list but whose form makes it plural ("officials"), matched against the
 *                        whole word
 * @param demonstratives  "this", "these": followed by a noun not of {@code demonstrativeNouns} they
 *                        refer back, except at the opening of an article, where they point forward
 * @param singularPronouns "he", "she": opening a sentence after one whose speaker is plural, they
 *                        have nobody to refer to
 * @param closingAttributions patterns of a closing attribution ("..., officials said."), searched
 *                        for in a whole sentence; group 1 is the speaker (the last pattern that
 *                        finds one wins)
 */
public record SummarizerResources(
    Set<String> abbreviations,
    Set<String> stopwords,
    List<List<String>> danglingOpeners,
    List<BoilerplateRule> boilerplate,
    List<Pattern> datelines,
    List<Pattern> transcriptLabels,
    List<Pattern> questions,
    Set<String> numberWords,
    List<Pattern> replyOpeners,
    List<List<String>> standAloneOpeners,
    Set<String> pluralSpeakers,
    Set<String> demonstrativeNouns,
    Set<String> importanceCues,
    List<Pattern> pluralSpeakerForms,
    Set<String> demonstratives,
    Set<String> singularPronouns,
    List<Pattern> closingAttributions) {

  private static final String BASE = "/newsdesk/summarize/";

  public SummarizerResources {
    abbreviations = Set.copyOf(abbreviations);
    stopwords = Set.copyOf(stopwords);
    danglingOpeners = danglingOpeners.stream().map(List::copyOf).toList();
    boilerplate = List.copyOf(boilerplate);
    datelines = List.copyOf(datelines);
    transcriptLabels = List.copyOf(transcriptLabels);
    questions = List.copyOf(questions);
    numberWords = Set.copyOf(numberWords);
    replyOpeners = List.copyOf(replyOpeners);
    standAloneOpeners = standAloneOpeners.stream().map(List::copyOf).toList();
    pluralSpeakers = Set.copyOf(pluralSpeakers);
    demonstrativeNouns = Set.copyOf(demonstrativeNouns);
    importanceCues = Set.copyOf(importanceCues);
    pluralSpeakerForms = List.copyOf(pluralSpeakerForms);
    demonstratives = Set.copyOf(demonstratives);
    singularPronouns = Set.copyOf(singularPronouns);
    closingAttributions = List.copyOf(closingAttributions);
  }

  /** Loads the bundled English lists. */
  public static SummarizerResources english() {
    return new SummarizerResources(
        words(lines("abbreviations.txt")),
        words(lines("stopwords.txt")),
        phrases(lines("dangling-openers.txt")),
        lines("boilerplate.txt").stream().map(BoilerplateRule::of).toList(),
        patterns(lines("datelines.txt")),
        patterns(lines("/newsdesk/text/transcript-labels.txt")),
        patterns(lines("questions.txt")),
        words(lines("number-words.txt")),
        lines("reply-openers.txt").stream()
            .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList(),
        phrases(lines("stand-alone-openers.txt")),
        words(lines("plural-speakers.txt")),
        words(lines("demonstrative-nouns.txt")),
        words(lines("importance-cues.txt")),
        patterns(lines("plural-speaker-forms.txt")),
        words(lines("demonstratives.txt")),
        words(lines("singular-pronouns.txt")),
        patterns(lines("closing-attributions.txt")));
  }

  /** Whether lowercase {@code speaker} is plural: listed, or of a plural form. */
  boolean isPluralSpeaker(String speaker) {
    if (pluralSpeakers.contains(speaker)) return true;
    for (Pattern p : pluralSpeakerForms) {
      if (p.matcher(speaker).matches()) return true;
    }
    return false;
  }

  private static List<Pattern> patterns(List<String> lines) {
    return lines.stream().map(Pattern::compile).toList();
  }

  private static List<List<String>> phrases(List<String> lines) {
    return lines.stream().map(l -> List.of(l.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
  }

  private static Set<String> words(List<String> lines) {
    return lines.stream()
        .flatMap(l -> Arrays.stream(l.split("\\s+")))
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The lines of a resource list, stripped, without blank and "#" comment lines: {@code name} under
   * {@code /newsdesk/summarize/}, or an absolute resource path starting with "/".
   *
   * @throws IllegalStateException when the resource is missing (a broken build)
   */
  static List<String> lines(String name) {
    String path = name.startsWith("/") ? name : BASE + name;
    try (InputStream in = SummarizerResources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " (broken build?)");
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
