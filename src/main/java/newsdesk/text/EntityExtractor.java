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
  /** "We're", "I've", "Don't": a pronoun or verb with a clitic, never a name. */
  private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("(?i)(n't|'re|'ve|'ll|'m|'d)$");

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final NameWords words;
  private final RunSplitter splitter;
  private final MentionResolver resolver;
  private final EntityAliases aliases;

  public EntityExtractor() {
    SentenceModel sentenceModel = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    TokenizerModel tokenModel = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    POSModel posModel = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    this.sentences = new SentenceDetectorME(sentenceModel);
    this.tokenizer = new TokenizerME(tokenModel);
    this.tagger = new POSTaggerME(posModel);
    this.words = new NameWords(EntityCues.load());
    this.aliases = EntityAliases.load();
    this.splitter = new RunSplitter(words, new MentionTyper(words), aliases);
    this.resolver = new MentionResolver(words, aliases);
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
   * ("British", "Russians") or {@code not-shown-names.txt} ("COVID-19", "Novichok", "God"), and
   * for one word of letters and digits ("H5N1"): none of the three types.
   * A well-known place ({@code places.txt}) or a form of a known entity
   * ({@code entity-aliases.txt}) is always shown, also when it is a common word as well ("Chile",
   * "China", "Turkey").
   */
  public boolean worthShowing(Entity entity) {
    String name = entity.name().strip();
    // "Chile", "China", "US"; not "Us", which the list's "us" would make a place.
    if ((words.isPlace(name) && (name.length() >= 4 || NameWords.isAcronym(name))) || aliases.isWrittenForm(name)) return true;
    if (words.cues().notShownNames().contains(lower(name))) return false; // "British", "COVID-19", "God"
    if (words.cues().notShownMarks().stream().anyMatch(name::contains)) return false; // "Australian[", "File:Jane Doe"
    int space = name.indexOf(' ');
    if (space > 0 && words.cues().notShownOpeners().contains(lower(name.substring(0, space)))) return false;
    String last = space > 0 ? lower(name.substring(name.lastIndexOf(' ') + 1)) : "";
    if (space > 0 && (words.cues().notShownEndings().contains(last) || words.cues().notShownNameEndings().contains(last))) return false;
    if (space > 0) return !abstractNounPhrase(entity);
    // "H5N1", "SARS-CoV-2", "MH17": a code of letters and digits names a virus, a product or a
    // flight, none of the three types; the default would call it an organisation.
    if (name.chars().anyMatch(Character::isDigit) && name.chars().anyMatch(Character::isLetter)) return false;
    // "RIGHT", "ZERO": a common word in capitals for emphasis, which isCommonWord takes for an acronym;
    // so is a head word in another spelling than the common-word list's ("CENTRE").
    if (NameWords.isAcronym(name) && name.length() >= words.cues().shoutedWordMinLetters()
        && (words.cues().commonWords().contains(lower(name)) || words.isHeadWord(name))) return false;
    // "Forecasters", "Floodwaters": typed organisation only by the default for a lone word without
    // any cue; a team's or outlet's name ("Rangers") is a head word and stays.
    boolean commonPlural = entity.type() == EntityType.ORGANIZATION && words.isCommonPlural(name)
        && !words.cues().organizationSuffixes().contains(lower(name));
    return !(words.isCommonWord(name) || commonPlural);
  }

  /**
   * Whether {@code entity} is a phrase of common words that ends in an abstract noun
   * ({@code not.shown.abstract.endings}: "Project Management", "Continuous Integration") and no cue
   * made an organisation: a field or an idea, none of the three types.
   */
  private boolean abstractNounPhrase(Entity entity) {
    if (entity.type() == EntityType.ORGANIZATION) return false;
    String[] parts = entity.name().strip().split(" ");
    if (!java.util.Arrays.stream(parts).allMatch(words::isCommonWord)) return false;
    String last = lower(parts[parts.length - 1]);
    return !words.isHeadWord(last) && words.cues().abstractEndings().stream().anyMatch(last::endsWith);
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
      for (String sentence : sentencesOf(line)) {
        String[] tokens = joinInitials(splitStops(typewriterApostrophes(tokenizer.tokenize(sentence))));
        if (tokens.length == 0) continue;
        for (String t : tokens) {
          if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) lowerCase.merge(lower(t), 1, Integer::sum);
        }
        switch (rule) {
          case ENGLISH -> collectMentions(tokens, tagger.tag(tokens), mentions);
          // The English tagger says nothing about other languages: no word is a proper noun by its tag.
          case CAPITALISED_NAMES -> collectMentions(tokens, untagged(tokens.length), mentions);
          case KNOWN_PLACES -> collectPlaces(tokens, mentions);
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

  /** A sentence that ends in a person's initial ("... Jessie K."), which the sentence model takes for a full stop. */
  private static final java.util.regex.Pattern ENDS_IN_INITIAL = java.util.regex.Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.$");

  /**
   * The sentences of {@code line}, a sentence that ends in an initial joined to the next when that
   * one opens with a capital ("Jessie K." + "Liu said ..."; "Michael J. T." + "Guy ..."): the
   * model cuts after any capital and full stop, which split a name in two.
   */
  private List<String> sentencesOf(String line) {
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
        && !CONTRACTION.matcher(first).find();
  }

  /**
   * The tokens with the typographic apostrophe (U+2019) written as the typewriter one, so that a
   * possessive is one ("Zimbabwe’s" is "Zimbabwe's", the place) and "O’Rourke" and "O'Rourke" are
   * one name.
   */
  private static String[] typewriterApostrophes(String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].indexOf('\u2019') >= 0) tokens[i] = tokens[i].replace('\u2019', '\'');
    }
    return tokens;
  }

  /** A dotted initial or acronym ("K.", "U.S.", "Ph.D."): its stops are its own. */
  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{L}{1,2}\\.)+");

  /**
   * The tokens with a sentence's closing mark that the tokenizer left on the last word split off
   * ("Leonov." -> "Leonov", "."; "Aleppo?" -> "Aleppo", "?"), so that no name ends in one. A word
   * whose stop is its own keeps it: a dotted initial or acronym ({@link #DOTTED}) or one of
   * {@code abbreviations.with.stop} ("Jr.", "Inc.").
   */
  private String[] splitStops(String[] tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      int n = t.length();
      char end = n > 1 ? t.charAt(n - 1) : ' ';
      boolean split = (end == '?' || end == '!') || (end == '.' && !DOTTED.matcher(t).matches()
          && !words.cues().stopAbbreviations().contains(lower(t.substring(0, n - 1))));
      if (split && Character.isLetterOrDigit(t.charAt(n - 2))) {
        if (out == null) out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, i));
        out.add(t.substring(0, n - 1));
        out.add(t.substring(n - 1));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out.toArray(String[]::new);
  }

  /**
   * The tokens with an initial the tokenizer cut from its full stop joined again before a
   * capitalised word ("J.", "T", ".", "Guy" -> "J.", "T.", "Guy"), so that the name runs on.
   */
  private String[] joinInitials(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 2 < tokens.length && ".".equals(tokens[i + 1])
          && !tokens[i + 2].isEmpty() && Character.isUpperCase(tokens[i + 2].codePointAt(0))
          && (tokens[i + 2].length() == 1 || !words.isNotEntity(tokens[i + 2]))) { // "A.", "I", ".", "Frederick"; not "V.", "I'm"
        out.add(t + ".");
        i++;
      } else {
        out.add(t);
      }
    }
    // "U. S. Geological Survey": spaced initials that spell a known entity's form are that form ("U.S.").
    for (int i = 0; i + 1 < out.size(); i++) {
      if (!INITIAL.matcher(out.get(i)).matches()) continue;
      int j = i + 1;
      StringBuilder joined = new StringBuilder(out.get(i));
      String form = null;
      int formEnd = -1;
      while (j < out.size() && INITIAL.matcher(out.get(j)).matches()) {
        joined.append(out.get(j++));
        if (aliases.isWrittenForm(joined.toString())) {
          form = joined.toString();
          formEnd = j;
        }
      }
      if (form != null) {
        out.subList(i, formEnd).clear();
        out.add(i, form);
      }
    }
    return out.size() == tokens.length ? tokens : out.toArray(String[]::new);
  }

  private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");

  /** How a language writes capitals, and so which rule finds its names (see {@link #extract(String, String)}). */
  enum Rule { ENGLISH, CAPITALISED_NAMES, KNOWN_PLACES, NONE }

  private static final String UNTAGGED = "X";

  private static String[] untagged(int n) {
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, UNTAGGED);
    return tags;
  }

  /** The well-known places of one to three tokens in {@code tokens}, longest first. */
  private void collectPlaces(String[] tokens, List<Mention> out) {
    int i = 0;
    while (i < tokens.length) {
      int found = 0;
      for (int len = Math.min(3, tokens.length - i); len >= 1 && found == 0; len--) {
        List<String> span = java.util.Arrays.asList(tokens).subList(i, i + len);
        String first = span.get(0);
        if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && words.isPlace(Mention.join(span))) found = len;
      }
      if (found == 0) {
        i++;
        continue;
      }
      double[] votes = new double[3];
      votes[MentionTyper.LOC] = 3;
      out.add(new Mention(List.copyOf(java.util.Arrays.asList(tokens).subList(i, i + found)), votes, NameWords.midSentence(tokens, i)));
      i += found;
    }
  }

  /**
   * @param tags the tagger's tags, or {@link #untagged} ones for a language it does not know: then a
   *             sentence's first word opens a name only when it is a well-known place ("À Genève")
   */
  private void collectMentions(String[] tokens, String[] tags, List<Mention> out) {
    boolean tagged = !UNTAGGED.equals(tags[0]);
    int i = 0;
    while (i < tokens.length) {
      if (!nameLike(tokens, tags, i) && !(i == 0 && tagged && opensName(tokens, tags))) {
        i++;
        continue;
      }
      int start = i;
      int shared = sharedHeadEnd(tokens, tags, start);
      if (shared > 0) {
        mentionsWithSharedHead(tokens, tags, start, shared, out);
        i = shared;
        continue;
      }
      int end = i + 1;
      while (end < tokens.length && !possessive(tokens[end - 1])) {
        if (nameLike(tokens, tags, end)) {
          end++;
        } else if (end + 1 < tokens.length && (words.isConnector(tokens[end]) || splitter.joinsWithAnd(tokens, start, end))
            && nameLike(tokens, tags, end + 1)) {
          end += 2;
        } else if (end + 2 < tokens.length && words.isConnector(tokens[end]) && words.isConnector(tokens[end + 1])
            && nameLike(tokens, tags, end + 2)) {
          end += 3; // "al - Sisi"
        } else {
          break;
        }
      }
      if (namesAKind(tokens, start, end)) end++;
      // "AEW (All Elite Wrestling)": a capitalised word that is no name alone opens the name its acronym spells.
      if (start > 0 && !tokens[start - 1].isEmpty() && Character.isUpperCase(tokens[start - 1].codePointAt(0))
          && words.isNotEntity(tokens[start - 1]) && words.spellsBracketedAcronym(tokens, start - 1, end)) start--;
      splitter.mentions(tokens, tags, start, end, out);
      i = end;
    }
  }

  /**
   * The end of "X and Y Head..." at tokens[start] where X and Y are words of one kind, parties' or
   * nations' ({@code organization.kind.modifiers}, {@code demonyms.txt}), and the head words after
   * Y end in a word that names an organisation or place ("Democratic and Republican Party's primaries", "French and
   * German Foreign Ministries"): two names that share their head, not one; -1 otherwise.
   * "Food and Drug Administration", "National Oceanic and Atmospheric Administration" stay one name.
   */
  private int sharedHeadEnd(String[] tokens, String[] tags, int start) {
    if (start + 3 >= tokens.length || !words.isConjunction(tokens[start + 1]) || !kindModifier(tokens[start])
        || !kindModifier(tokens[start + 2])) return -1;
    int end = start + 3;
    while (end < tokens.length && nameLike(tokens, tags, end) && !possessive(tokens[end - 1])) end++;
    if (end == start + 3) return -1;
    return words.isHeadWord(headForm(tokens[end - 1])) ? end : -1;
  }

  private boolean kindModifier(String token) {
    String w = lower(token);
    return words.cues().kindModifiers().contains(w) || words.cues().notShownNames().contains(w);
  }

  /** A head word without its possessive, in the singular when that is a head word too ("Parties" -> "Party"). */
  private String headForm(String token) {
    String t = token.replaceFirst("'s?$", "");
    String single = NameWords.singular(t);
    return words.isHeadWord(single) ? single : t;
  }

  /** The two names of "X and Y Head" (see {@link #sharedHeadEnd}): "X Head" and "Y Head", each in its place. */
  private void mentionsWithSharedHead(String[] tokens, String[] tags, int start, int end, List<Mention> out) {
    List<String> heads = new ArrayList<>();
    for (int k = start + 3; k < end; k++) heads.add(k == end - 1 ? headForm(tokens[k]) : tokens[k]);
    for (int modifier : new int[] {start, start + 2}) {
      int n = modifier + 1 + heads.size() + (tokens.length - end);
      String[] t = new String[n];
      String[] g = new String[n];
      System.arraycopy(tokens, 0, t, 0, modifier + 1);
      System.arraycopy(tags, 0, g, 0, modifier + 1);
      for (int h = 0; h < heads.size(); h++) {
        t[modifier + 1 + h] = heads.get(h);
        g[modifier + 1 + h] = "PROPN";
      }
      System.arraycopy(tokens, end, t, modifier + 1 + heads.size(), tokens.length - end);
      System.arraycopy(tags, end, g, modifier + 1 + heads.size(), tokens.length - end);
      splitter.mentions(t, g, modifier, modifier + 1 + heads.size(), out);
    }
  }

  /**
   * Whether the name tokens[start, end) and the lower-case word after it name a kind of thing after
   * a place or person ("the Powassan virus", "Lyme disease", "the Saffir–Simpson scale"): that word
   * is one of {@code not.shown.endings}, so the whole stays a clustering feature and
   * {@link #worthShowing} hides it; alone the name would be shown with a made-up type. Not after a
   * possessive or a well-known place or entity, which stay names of their own ("Iran's virus
   * cases", "the China virus").
   */
  private boolean namesAKind(String[] tokens, int start, int end) {
    if (end >= tokens.length || !words.cues().notShownEndings().contains(tokens[end]) || possessive(tokens[end - 1])) return false;
    String name = Mention.join(java.util.Arrays.asList(tokens).subList(start, end));
    return !words.isPlace(name) && !aliases.isWrittenForm(name);
  }

  /** "Iran's Quds Force" is two names. */
  private static boolean possessive(String token) {
    return token.endsWith("'s") || token.equals("'s") || token.equals("'");
  }

  /** A sentence-initial capitalised word right before a name ("Wladimir" of "Wladimir Klitschko"). */
  private boolean opensName(String[] tokens, String[] tags) {
    String first = tokens[0];
    return tokens.length > 1 && !first.isEmpty() && Character.isUpperCase(first.codePointAt(0))
        && !words.isNotEntity(first) && !sentenceOpener(first) && !"VERB".equals(tags[0]) && !"ADV".equals(tags[0])
        && nameLike(tokens, tags, 1);
  }

  private boolean nameLike(String[] tokens, String[] tags, int i) {
    String token = tokens[i];
    // "Iranian-backed", "Bishop-emeritus": the first half of a compound word, not a name.
    if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0)) || money(token)
        || (token.endsWith("-") && token.length() > 1) || CONTRACTION.matcher(token).find()) return false;
    if (shoutedWord(tokens, i) || (!NameWords.midSentence(tokens, i) && sentenceOpener(token))) return false;
    if (words.isNotEntity(token)) {
      return (words.isTitle(token) && "PROPN".equals(tags[i])) || (i > 0 && words.isNameOpener(token)
          && i + 1 < tokens.length && !tokens[i + 1].isEmpty() && Character.isUpperCase(tokens[i + 1].codePointAt(0)));
    }
    if ("PROPN".equals(tags[i]) || knownPlaceWord(token)) return true;
    // Inside a sentence a capital letter marks a name whatever the tagger thinks ("United States",
    // "New York", "Associated Press"); at its start, and after a bracket, quote, colon or dash
    // ("((WN)) Yeah, ..."), only a proper noun does, or a word that continues a name.
    if ("PUNCT".equals(tags[i])) return false;
    return NameWords.midSentence(tokens, i) || (i > 0 && nameLike(tokens, tags, i - 1))
        || (i > 1 && words.isConnector(tokens[i - 1]) && nameLike(tokens, tags, i - 2)); // "SARS - CoV-2"
  }

  /**
   * Whether tokens[i] is a common word in capitals written for emphasis beside another ("I WON THIS
   * ELECTION, BY A LOT"): two letters or more, its lower case a common word or a word that is no
   * name, next to such a word in capitals (one letter will do: "A LOT"; a comma may be between). A known place or form of a
   * known entity among them stays a name ("UNITED STATES", "THE US").
   */
  private boolean shoutedWord(String[] tokens, int i) {
    if (tokens[i].length() < 2 || !shouted(tokens[i])) return false;
    if (!shoutedNeighbour(tokens, i, -1) && !shoutedNeighbour(tokens, i, 1)) return false;
    if (aliases.isWrittenForm(tokens[i])) return false;
    for (int from = Math.max(0, i - 2); from <= i; from++) {
      for (int to = i + 1; to <= Math.min(tokens.length, from + 3); to++) {
        if (words.isPlace(Mention.join(java.util.Arrays.asList(tokens).subList(from, to)))) return false;
      }
    }
    return true;
  }

  /** Whether the word before ({@code step} -1) or after (+1) tokens[i], across one comma, is {@link #shouted}. */
  private boolean shoutedNeighbour(String[] tokens, int i, int step) {
    int k = i + step;
    if (k >= 0 && k < tokens.length && ",".equals(tokens[k])) k += step;
    return k >= 0 && k < tokens.length && shouted(tokens[k]);
  }

  /** A word of capital letters only whose lower case is a common word or a word that is no name ("WON", "THIS", "A"). */
  private boolean shouted(String token) {
    if (token.isEmpty() || !token.chars().allMatch(Character::isUpperCase)) return false;
    String w = lower(token);
    return words.cues().commonWords().contains(w) || words.isNotEntity(token);
  }

  /**
   * A one-word well-known place, possessive or not ("Chile", "Chile's"), which is a name also where
   * the tagger calls it a noun or verb at a sentence's start ("Chile sits on ..."); four letters or
   * more unless in capitals, so that "Us" at a sentence's start is no United States.
   */
  private boolean knownPlaceWord(String token) {
    String word = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    return (word.length() >= 4 || NameWords.isAcronym(word)) && words.isPlace(word);
  }

  /** A preposition or conjunction that is no name when it opens a sentence ({@code not.entities.sentence.start}: "Unlike"). */
  private boolean sentenceOpener(String token) {
    return words.cues().sentenceStartNotEntities().contains(lower(token));
  }

  /** "US$", "HK$": a currency, not a place. */
  private static boolean money(String token) {
    return token.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
