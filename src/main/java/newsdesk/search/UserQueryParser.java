package newsdesk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a reader's query (words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, {@code -exclude};
 * all words must match by default) into a Lucene query over several weighted fields.
 *
 * <p>Mistakes are reported as {@link InvalidQueryException} with a short message (an operator
 * without a word on each side, an empty query, only words too common to index); other broken syntax
 * (an unclosed bracket or quote) is searched literally, as typed. A query that only excludes
 * ({@code -volcano}) means "every article except": each group of only exclusions gets an implicit
 * match-all clause, as a reader expects, instead of Lucene's "nothing".
 */
public final class UserQueryParser {
  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
  private static final Set<String> UNARY = Set.of("NOT", "!");

  /** A parsed query; {@code findsWords} is false when it only excludes (every article but ...). */
  public record UserQuery(Query query, boolean findsWords) {}

  private final Analyzer analyzer;
  private final Map<String, Float> fields;

  /** A parser searching {@code fields} (name to boost) with {@code analyzer}. */
  public UserQueryParser(Analyzer analyzer, Map<String, Float> fields) {
    if (fields.isEmpty()) throw new IllegalArgumentException("fields must not be empty");
    this.analyzer = analyzer;
    this.fields = Map.copyOf(fields);
  }

  /**
   * Parses {@code text}; throws {@link InvalidQueryException} when it cannot be searched. The text is
   * put in Unicode normal form NFKC first, so that a decomposed accent, a full-width letter or a
   * full-width quote or bracket reads as its usual form (the analyzer normalises each word as well).
   */
  public UserQuery parse(String text) {
    if (text == null || text.isBlank()) throw new InvalidQueryException("", "a query needs at least one word to find");
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    checkOperators(text);
    Query parsed = parseLucene(text);
    if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
      boolean letters = text.codePoints().anyMatch(Character::isLetterOrDigit);
      throw new InvalidQueryException(text, "cannot search for \"" + text + "\": "
          + (letters ? "its words are too common to be indexed" : "it has no word to search for"));
    }
    boolean positive = findsWords(parsed);
    return new UserQuery(completeExclusions(parsed), positive);
  }

  private Query parseLucene(String text) {
    String[] names = fields.keySet().stream().sorted().toArray(String[]::new);
    var parser = new MultiFieldQueryParser(names, analyzer, fields);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        // Brackets, quotes and colons the reader did not mean as syntax: search the words as typed.
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new InvalidQueryException(text, "cannot understand the query \"" + text + "\" near column " + column(again, text));
      }
    }
  }

  private static int column(ParseException e, String text) {
    if (e.currentToken != null && e.currentToken.next != null) return Math.min(e.currentToken.next.beginColumn, text.length());
    return 0;
  }

  /** AND/OR need a word on each side and NOT one after it; Lucene's own messages for this are unreadable. */
  private static void checkOperators(String text) {
    List<String> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String before = i == 0 ? null : tokens.get(i - 1);
      String after = i + 1 == tokens.size() ? null : tokens.get(i + 1);
      if (BINARY.contains(t) && (!isOperand(before, true) || !isOperand(after, false))) {
        throw new InvalidQueryException(text, "cannot understand the query \"" + text + "\": " + t + " needs a word on each side");
      }
      if (UNARY.contains(t) && !isOperand(after, false)) {
        throw new InvalidQueryException(text, "cannot understand the query \"" + text + "\": " + t + " needs a word after it");
      }
    }
  }

  private static boolean isOperand(String token, boolean before) {
    if (token == null || BINARY.contains(token)) return false;
    if (UNARY.contains(token)) return !before;
    return before ? !token.equals("(") && !token.endsWith("-") : !token.equals(")");
  }

  /** Whitespace-separated tokens, a quoted phrase as one, brackets on their own. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (!quoted && (Character.isWhitespace(c) || c == '(' || c == ')')) {
        if (!current.isEmpty()) out.add(current.toString());
        current.setLength(0);
        if (c == '(' || c == ')') out.add(String.valueOf(c));
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) out.add(current.toString());
    return out;
  }

  /** True when some clause must or may match: a query of only exclusions finds nothing by itself. */
  private static boolean findsWords(Query q) {
    if (q instanceof BoostQuery boost) return findsWords(boost.getQuery());
    if (!(q instanceof BooleanQuery b)) return true;
    return b.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT && findsWords(c.query()));
  }

  /** Gives every group of only exclusions a match-all clause, so that it means "all but these". */
  private static Query completeExclusions(Query q) {
    if (q instanceof BoostQuery boost) return new BoostQuery(completeExclusions(boost.getQuery()), boost.getBoost());
    if (!(q instanceof BooleanQuery b)) return q;
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    boolean onlyExclusions = !b.clauses().isEmpty();
    for (BooleanClause c : b.clauses()) {
      Query inner = c.occur() == BooleanClause.Occur.MUST_NOT ? c.query() : completeExclusions(c.query());
      out.add(inner, c.occur());
      if (c.occur() != BooleanClause.Occur.MUST_NOT) onlyExclusions = false;
    }
    if (onlyExclusions) out.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    return out.build();
  }
}
