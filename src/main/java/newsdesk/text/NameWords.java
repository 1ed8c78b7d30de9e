package newsdesk.text;

import java.util.Arrays;
import java.util.Set;

/**
 * What one word, or the words around a position, say about a name: connectors, titles, common
 * words, acronyms, well-known places, head words. Reads the lists of {@link EntityCues}; shared by
 * {@link RunSplitter}, {@link MentionTyper} and {@link MentionResolver}.
 */
final class NameWords {
  private final EntityCues cues;

  NameWords(EntityCues cues) {
    this.cues = java.util.Objects.requireNonNull(cues, "cues");
  }

  EntityCues cues() {
    return cues;
  }

  /** A lower-case word that joins two capitalised parts of one name ("of", "van", "al", "&amp;"). */
  boolean isConnector(String token) {
    return cues.nameConnectors().contains(token) || cues.nameParticles().contains(token);
  }

  /**
   * Whether words[k] is a particle of a person's name ("al", "bin": {@code person.name.particles}),
   * or a hyphen right after one ("al-Muhandis"), standing after the name's first word.
   */
  boolean joinsPersonName(java.util.List<String> words, int k) {
    if (k < 1) return false;
    if (cues.nameParticles().contains(words.get(k))) return true;
    return "-".equals(words.get(k)) && k >= 2 && cues.nameParticles().contains(words.get(k - 1));
  }

  /**
   * Whether {@code words} are joined only by particles of a person's name, at least one
   * ("Mohammed bin Salman", "Abu Mahdi al-Muhandis"; not "Al-Qaeda", "Bank of England").
   */
  boolean isParticleName(java.util.List<String> words) {
    boolean particle = false;
    for (int k = 0; k < words.size(); k++) {
      if (!isConnector(words.get(k))) continue;
      if (!joinsPersonName(words, k)) return false;
      particle = true;
    }
    return particle;
  }

  /**
   * The type of the listed building, room or ground {@code name} (words joined by single spaces, any
   * case): an organisation for one that stands for an institution ("White House"), a place for one
   * where things happen ("Oval Office"); null when it is not listed.
   */
  EntityType buildingType(String name) {
    return cues.buildings().get(EntityExtractor.lower(name));
  }

  /** A connector that joins two names but never opens one ("of", "&amp;", "-", "for"). */
  boolean isInnerConnector(String token) {
    return cues.innerNameConnectors().contains(token);
  }

  /** The preposition of "X of Y" ("President of Egypt", "Brigid Kosgei of Kenya"): "of". */
  boolean isGenitive(String token) {
    return token != null && cues.genitives().contains(token);
  }

  /** A preposition after a title or head word that opens its domain ("Secretary of State", "Institute for ..."). */
  boolean opensDomain(String token) {
    return token != null && cues.domainPrepositions().contains(token);
  }

  /** A conjunction that joins two names, or two fields inside one ("and"). */
  boolean isConjunction(String token) {
    return token != null && cues.conjunctions().contains(token);
  }

  boolean isNotEntity(String token) {
    // "I’m" is "I'm": the list writes contractions with the typewriter apostrophe only.
    return cues.notEntities().contains(EntityExtractor.lower(token).replace('\u2019', '\''));
  }

  /** A word that names nothing alone but opens a name inside a sentence ("New" of "New York"). */
  boolean isNameOpener(String token) {
    return cues.nameOpeners().contains(EntityExtractor.lower(token));
  }

  boolean isTitle(String token) {
    return cues.personTitles().contains(EntityExtractor.lower(token));
  }

  /**
   * The number of words of the honour ({@code honours.txt}: "Bharat Ratna") that opens
   * tokens[from, end), longest first; 0 when none does.
   */
  int honourAt(String[] tokens, int from, int end) {
    for (int len = Math.min(EntityLists.MAX_HONOUR_WORDS, end - from); len >= 1; len--) {
      if (cues.honours().contains(EntityExtractor.lower(String.join(" ", Arrays.asList(tokens).subList(from, from + len))))) return len;
    }
    return 0;
  }

  /** A word that belongs to the title after it ("Vice" of "Vice President"). */
  boolean isTitleModifier(String token) {
    return cues.titleModifiers().contains(EntityExtractor.lower(token));
  }

  /** A common English word, as opposed to a name ("Stampede", not "Kosgei"); never an acronym. */
  boolean isCommonWord(String token) {
    return !isAcronym(token) && cues.commonWords().contains(EntityExtractor.lower(token));
  }

  /**
   * The singular of an English plural noun by its ending ("Forecasters" -> "Forecaster",
   * "Cities" -> "City", "Floodwaters" -> "Floodwater"); {@code word} itself when it does not end in
   * "s" (or ends in "ss", "us", "is").
   */
  static String singular(String word) {
    String w = EntityExtractor.lower(word);
    if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return word;
    if (w.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
    return word.substring(0, word.length() - 1);
  }

  /**
   * Whether {@code word} is the plural of a common noun: its singular, four letters or more, is a
   * common word ("Officials"), or a common word with an agent ending ("Forecasters": "forecast" +
   * "er", {@code person.agent.endings}).
   */
  boolean isCommonPlural(String word) {
    String single = singular(word);
    if (single.equals(word) || isAcronym(word) || single.length() < 4) return false;
    String w = EntityExtractor.lower(single);
    if (cues.commonWords().contains(w)) return true;
    for (String ending : cues.agentEndings()) {
      if (w.length() > ending.length() + 3 && w.endsWith(ending) && cues.commonWords().contains(w.substring(0, w.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} is the plural of a compound of two common words of three letters or more
   * ("Floodwaters": "flood" + "water"), written without inner capital ("UglyDolls" is a name).
   * Shape alone does not tell such a word from a brand ("Woolworths"): callers need the text's
   * evidence too.
   */
  boolean isCompoundPlural(String word) {
    String single = singular(word);
    if (single.equals(word) || single.codePoints().skip(1).anyMatch(Character::isUpperCase)) return false;
    String w = EntityExtractor.lower(single);
    for (int cut = 3; cut <= w.length() - 3; cut++) {
      if (cues.commonWords().contains(w.substring(0, cut)) && cues.commonWords().contains(w.substring(cut))) return true;
    }
    return false;
  }

  /** Whether {@code name} (words joined by single spaces, any case) is a well-known place. */
  boolean isPlace(String name) {
    return cues.places().contains(EntityExtractor.lower(name));
  }

  /**
   * Whether a capital letter at tokens[i] says something: inside a sentence after a word or a
   * comma it does; at the start, or after a quote, bracket, colon or dash, any word is capitalised.
   */
  static boolean midSentence(String[] tokens, int i) {
    if (i <= 0) return false;
    String previous = tokens[i - 1];
    return previous.equals(",") || (!previous.isEmpty() && Character.isLetterOrDigit(previous.codePointAt(0)));
  }

  /** Whether a well-known place of one to three words opens tokens[start, end) ("New York ..."). */
  boolean opensPlace(String[] tokens, int start, int end) {
    for (int len = 1; len <= 3 && start + len <= end; len++) {
      if (isPlace(Mention.join(Arrays.asList(tokens).subList(start, start + len)))) return true;
    }
    return false;
  }

  /**
   * Whether {@code word} ends as a participle or gerund ({@code sentence.start.participle.endings}:
   * "born", "raised", "reading") with at least two letters before the ending.
   */
  boolean hasParticipleEnding(String word) {
    String w = EntityExtractor.lower(word);
    return cues.participleEndings().stream().anyMatch(e -> w.length() > e.length() + 1 && w.endsWith(e));
  }

  /** An organisation or place head word ("Party", "Ministry", "Island"), any case. */
  boolean isHeadWord(String token) {
    String w = EntityExtractor.lower(token);
    return cues.organizationSuffixes().contains(w) || cues.locationSuffixes().contains(w);
  }

  /** Whether the run ending before {@code end} ends in an organisation or place word. */
  boolean endsInHeadWord(String[] tokens, int end) {
    String last = EntityExtractor.lower(tokens[end - 1]);
    return cues.organizationSuffixes().contains(last) || cues.locationSuffixes().contains(last);
  }

  /**
   * Whether the run ending before {@code end} ends in an organisation word ("Administration"), also
   * as a possessive ("Administration's buoy").
   */
  boolean endsInOrganizationWord(String[] tokens, int end) {
    String last = tokens[end - 1].replaceFirst("'s?$", "");
    return cues.organizationSuffixes().contains(EntityExtractor.lower(last));
  }

  /**
   * Whether tokens[start, end) spell out the acronym in brackets right after or right before them
   * ("All Elite Wrestling (AEW)", "AEW (All Elite Wrestling)"): the first letters of their
   * capitalised words, connectors left out, are the acronym's letters. Only an organisation's
   * name is given so.
   */
  boolean spellsBracketedAcronym(String[] tokens, int start, int end) {
    if (end - start < 2 || isTitle(tokens[end - 1])) return false; // "Most Valuable Player (MVP)" is an award
    String initials = initials(Arrays.asList(tokens).subList(start, end));
    if (end + 2 < tokens.length && "(".equals(tokens[end]) && ")".equals(tokens[end + 2])
        && isAcronym(tokens[end + 1]) && tokens[end + 1].replace(".", "").equals(initials)) return true;
    return start >= 2 && end < tokens.length && "(".equals(tokens[start - 1]) && ")".equals(tokens[end])
        && isAcronym(tokens[start - 2]) && tokens[start - 2].replace(".", "").equals(initials);
  }

  /** The first letters of the capitalised words of {@code name}, connectors left out ("Johns Hopkins University" -> "JHU"). */
  String initials(java.util.List<String> name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isConnector(w)) sb.append(w.charAt(0));
    }
    return sb.toString();
  }

  /** Two to six capital letters, full stops allowed between them ("WHO", "U.S."). */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }
}
