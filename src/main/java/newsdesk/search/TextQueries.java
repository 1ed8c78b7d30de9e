package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a word (as typed between spaces) or a phrase into a Lucene query over several weighted
 * fields, with the index's own analyzer, so that a query word is read exactly as the text was.
 *
 * <ul>
 *   <li>A word is every term the analyzer makes of it, each required, in any field ({@code Trump?}
 *       is {@code trump}; {@code e-mail} needs {@code e} and {@code mail});
 *   <li>a phrase is its terms in order, in one field, with stop words as gaps;
 *   <li>terms at one position (an accent folded beside its original) are synonyms;
 *   <li>emoji and symbols (the tokenizer's {@code <EMOJI>} tokens) are ignored rather than required:
 *       {@code volcano 🌋} finds "volcano";
 *   <li>a colon also separates words ({@code volcano:erupted} is one term to the tokenizer, and
 *       also finds "volcano" and "erupted");
 *   <li>a word joining letters and digits matches both ways of writing it: {@code COVID19} also
 *       finds "COVID-19" and "COVID 19" (the phrase), {@code COVID-19} also finds "COVID19".
 * </ul>
 */
final class TextQueries {
  private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

  private final Analyzer analyzer;
  /** Field name to boost, sorted by name so that equal queries are built equal. */
  private final Map<String, Float> fields;

  TextQueries(Analyzer analyzer, Map<String, Float> fields) {
    this.analyzer = analyzer;
    this.fields = new TreeMap<>(fields);
  }

  /** The query for a word as typed; null when the analyzer makes no term of it. */
  Query word(String text) {
    Set<Query> variants = new LinkedHashSet<>();
    add(variants, allTerms(text));
    // A colon between letters is inside a word for UAX #29 ("volcano:erupted" is one term, as in
    // the texts), but a reader means two words by it, as by the other query punctuation.
    add(variants, allTerms(text.replace(':', ' ')));
    String joined = joinLetterDigitHyphens(text);
    add(variants, allTerms(joined));
    String split = splitLettersFromDigits(joined);
    if (!split.equals(joined)) add(variants, phrase(split));
    if (variants.size() <= 1) return variants.isEmpty() ? null : variants.iterator().next();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    variants.forEach(v -> any.add(v, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** The query for a quoted phrase; null when the analyzer makes no term of it. */
  Query phrase(String text) {
    List<Position> positions = analyse(text);
    if (positions.isEmpty()) return null;
    if (positions.size() == 1) return inAnyField(positions.getFirst());
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int first = positions.getFirst().position();
    for (var field : fields.entrySet()) {
      Query q;
      if (positions.stream().allMatch(p -> p.terms().size() == 1)) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        positions.forEach(p -> b.add(new Term(field.getKey(), p.terms().getFirst()), p.position() - first));
        q = b.build();
      } else {
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        positions.forEach(p -> b.add(p.terms().stream().map(t -> new Term(field.getKey(), t)).toArray(Term[]::new), p.position() - first));
        q = b.build();
      }
      any.add(boosted(q, field.getValue()), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static void add(Set<Query> variants, Query q) {
    if (q != null) variants.add(q);
  }

  /** Every term of {@code text} required, each in any field. */
  private Query allTerms(String text) {
    List<Position> positions = analyse(text);
    if (positions.isEmpty()) return null;
    if (positions.size() == 1) return inAnyField(positions.getFirst());
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    positions.forEach(p -> all.add(inAnyField(p), BooleanClause.Occur.MUST));
    return all.build();
  }

  private Query inAnyField(Position p) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (var field : fields.entrySet()) {
      Query q;
      if (p.terms().size() == 1) {
        q = new TermQuery(new Term(field.getKey(), p.terms().getFirst()));
      } else {
        SynonymQuery.Builder b = new SynonymQuery.Builder(field.getKey());
        p.terms().forEach(t -> b.addTerm(new Term(field.getKey(), t)));
        q = b.build();
      }
      any.add(boosted(q, field.getValue()), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query boosted(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  /** The terms at one position of the analysed text. */
  private record Position(int position, List<String> terms) {}

  private List<Position> analyse(String text) {
    List<Position> out = new ArrayList<>();
    String field = fields.keySet().iterator().next(); // one analyzer for every text field
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        // An emoji or symbol keeps its place (a phrase skips it) but is not looked for.
        if (EMOJI.equals(type.type()) || term.length() == 0) continue;
        if (!out.isEmpty() && out.getLast().position() == position) {
          if (!out.getLast().terms().contains(term.toString())) out.getLast().terms().add(term.toString());
        } else {
          List<String> terms = new ArrayList<>();
          terms.add(term.toString());
          out.add(new Position(position, terms));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the query: " + e.getMessage(), e);
    }
    return out;
  }

  /** {@code COVID-19} as {@code COVID19}: a hyphen (any dash) between a letter and a digit removed. */
  static String joinLetterDigitHyphens(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.DASH_PUNCTUATION && i > 0 && i + 1 < text.length()) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (Character.isLetter(before) && Character.isDigit(after) || Character.isDigit(before) && Character.isLetter(after)) continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** {@code COVID19} as {@code COVID 19}: a space between each letter and digit that touch. */
  static String splitLettersFromDigits(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i > 0) {
        char before = text.charAt(i - 1);
        if (Character.isLetter(before) && Character.isDigit(c) || Character.isDigit(before) && Character.isLetter(c)) out.append(' ');
      }
      out.append(c);
    }
    return out.toString();
  }
}
