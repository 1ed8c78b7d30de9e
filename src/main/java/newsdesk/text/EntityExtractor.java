package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Finds people, organisations and places in English text without an NER model: OpenNLP tags,
 * cue words and one short list of well-known places.
 *
 * <p>Method: OpenNLP's English sentence, token and part-of-speech models (UD English-EWT) mark
 * candidate names as runs of capitalised proper nouns (joined by "of", "de", "&amp;" ...); a line
 * break ends a sentence, and a word at a sentence's start or after a bracket, quote, colon or dash
 * counts only when tagged as a proper noun. Speaker labels ("((WN))"), time zones and units, money
 * ("US$"), contractions and the first half of a compound ("Iranian-backed") are no names; a name
 * before a lower-case word that makes it a kind of thing ("Powassan virus", "Saffir–Simpson
 * scale": {@code not.shown.endings}) takes that word, and is not shown; a lone
 * word that the text writes in lower case, or one letter, is dropped; names
 * and title phrases are split as {@link RunSplitter}, {@link MentionTyper} and {@link MentionResolver} describe. The
 * common-word list {@code newsdesk/text/common-words.txt} (SCOWL) tells a describing word from a
 * name there. The type comes from cue words
 * in {@code newsdesk/text/entity-cues.properties}: a title before the name (person), a speech verb
 * next to it (person), an organisation or place head word at its end, a place preposition before
 * it, an acronym (organisation), a name on the list of well-known places in
 * {@code newsdesk/text/places.txt} (place; such a place opening a longer name is split off it:
 * "Vermont Bernie Sanders"). Shorter mentions that repeat a word of a longer name ("Klitschko"
 * after "Wladimir Klitschko") join that entity, and the cue votes of all mentions decide its type;
 * a lone word without any cue is taken for an organisation (a brand, outlet or website). The forms
 * of a well-known entity ("US", "U.S.", "USA") are one entity under its canonical name ("United
 * States"), listed in {@code newsdesk/text/entity-aliases.txt} ({@link EntityAliases}). A one-word
 * well-known place is a name also at a sentence's start whatever its tag ("Chile's emergency
 * office ..."). Text in other languages: {@link #extract(String, String)}.
 * Precision and recall on a hand-annotated sample: docs/benchmarks/stories.md. Not thread-safe.
 */
public final class EntityExtractor {
  private static final int MAX_CHARS = 20_000;

  private final EntitySentences sentences;
  private final EntityTokens tokenizer;
  private final SentenceOpenerTags tagger;
  private final NameWords words;
  private final MentionCollector collector;
  private final MentionResolver resolver;
  private final ShownEntities shown;

  public EntityExtractor() {
    SentenceModel sentenceModel = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    TokenizerModel tokenModel = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    POSModel posModel = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    this.words = new NameWords(EntityCues.load());
    EntityAliases aliases = EntityAliases.load();
    this.sentences = new EntitySentences(new SentenceDetectorME(sentenceModel), words);
    this.tokenizer = new EntityTokens(new TokenizerME(tokenModel), words, aliases);
    this.tagger = new SentenceOpenerTags(new POSTaggerME(posModel), words);
    RunSplitter splitter = new RunSplitter(words, new MentionTyper(words), aliases);
    NameTokens nameTokens = new NameTokens(words, aliases);
    this.collector = new MentionCollector(words, aliases, nameTokens, new SharedHeadNames(words, nameTokens, splitter), splitter);
    this.resolver = new MentionResolver(words, aliases);
    this.shown = new ShownEntities(words, aliases);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = EntityExtractor.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /**
   * Whether {@code entity} is worth showing to a reader as a name: false for a lone common English
   * word ("Winner", "Martyrdom", "Officials") or, typed organisation, the plural of common words
   * ({@link NameWords#isCommonPlural}: "Forecasters", "Floodwaters"), which the
   * extractor keeps because such capitalised words still help tell stories apart (dropping them
   * cost ECB+ 0.04 pairwise: docs/benchmarks/stories.md) but which a story page or a topic list
   * should not call a person, organisation or place; false too for a name that a word of
   * {@code not.shown.openers} opens (a storm: "Hurricane Humberto") or one of
   * {@code not.shown.endings} or {@code not.shown.name.endings} ends ("Zika Virus", "Iraq War",
   * "Voting Rights Act"), for a name listed in {@code demonyms.txt}
   * ("British", "Russians") or {@code not-shown-names.txt} ("COVID-19", "Novichok", "God"),
   * for one word of letters and digits ("H5N1"), for a title without a name ("Prime Minister",
   * "Vice Presidents"), for a name typed person that holds a capitalised function word, the title
   * of a work ("Together Through Life": {@code not.shown.work.title.words}), and for a day of
   * observance ("Election Day": {@code not.shown.day.endings}): none of the three types.
   * A well-known place ({@code places.txt}) or a form of a known entity
   * ({@code entity-aliases.txt}) is always shown, also when it is a common word as well ("Chile",
   * "China", "Turkey").
   */
  public boolean worthShowing(Entity entity) {
    return shown.worthShowing(entity);
  }

  /**
   * Entities of English {@code text} (its first 20,000 characters), most mentioned first, then in
   * order of first mention. Empty text gives an empty list. Same as {@code extract(text, "eng")}.
   */
  public List<Entity> extract(String text) {
    return extract(text, "eng");
  }

  /**
   * Entities of {@code text} written in {@code language} (ISO 639-3, as {@link LanguageDetector}
   * reports it), by the rule that suits how the language writes capitals
   * ({@code entity.languages.*} in {@code entity-cues.properties}):
   * <ul>
   *   <li>English and undetermined ({@code und}): the full method of the class comment;
   *   <li>languages that capitalise names only (French, Spanish, Italian, ...): a run of capitalised
   *       words inside a sentence is a name whatever the (English) tagger says, one at a sentence's
   *       start only when it is a well-known place ("Le maire de Villeurbanne, Cédric Dupont" ->
   *       Villeurbanne, Cédric Dupont);
   *   <li>German, which capitalises every noun: only the well-known places of {@code places.txt}
   *       (precision before recall: "Feuerwehr" or "Sonntag" are no names);
   *   <li>any other language: nothing.
   * </ul>
   */
  public List<Entity> extract(String text, String language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Rule rule = words.cues().ruleOf(language);
    if (rule == Rule.NONE) return List.of();
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<Mention> mentions = new ArrayList<>();
    Map<String, Integer> lowerCase = new HashMap<>();
    // A line break ends a sentence: a headline or a speaker's turn carries no full stop.
    for (String line : sample.split("\\R")) {
      if (line.isBlank()) continue;
      for (String sentence : sentences.sentencesOf(line)) {
        String[] tokens = tokenizer.tokensOf(sentence);
        if (tokens.length == 0) continue;
        for (String t : tokens) {
          if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) lowerCase.merge(lower(t), 1, Integer::sum);
        }
        switch (rule) {
          case ENGLISH -> collector.collectMentions(tokens, tagger.tagsOf(tokens), mentions);
          // The English tagger says nothing about other languages: no word is a proper noun by its tag.
          case CAPITALISED_NAMES -> collector.collectMentions(tokens, MentionCollector.untagged(tokens.length), mentions);
          case KNOWN_PLACES -> collector.collectPlaces(tokens, mentions);
          case NONE -> { }
        }
      }
    }
    return resolver.resolve(mentions, lowerCase).stream().filter(e -> !loneAbbreviation(e.name())).toList();
  }

  /**
   * Whether {@code name} is one abbreviation that names no one alone: an initial ("E.") or a word of
   * {@code abbreviations.with.stop} ("Jr.", "Inc.", "Dec.") that a name or a date lost.
   */
  private boolean loneAbbreviation(String name) {
    if (name.length() < 2 || !name.endsWith(".") || name.indexOf(' ') >= 0) return false;
    String word = name.substring(0, name.length() - 1);
    return (word.length() == 1 && Character.isLetter(word.charAt(0))) || words.cues().stopAbbreviations().contains(lower(word));
  }

  /** How a language writes capitals, and so which rule finds its names (see {@link #extract(String, String)}). */
  enum Rule { ENGLISH, CAPITALISED_NAMES, KNOWN_PLACES, NONE }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
