package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.search.QueryLexer.Kind;
import newsdesk.search.QueryLexer.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a reader's query (words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, {@code -exclude},
 * round brackets; all words must match by default) into a Lucene query over several weighted fields.
 * Nothing else is syntax: the text is never given to Lucene's query parser, so {@code Trump?},
 * {@code Trump: impeachment} or {@code [a TO z]} search their words, the punctuation separating them
 * ({@link QueryLexer}); each word is analysed as the index was ({@link TextQueries}).
 *
 * <p>{@code OR} binds tighter than {@code AND} (written or implied): {@code a b OR c} is {@code a AND
 * (b OR c)}. Mistakes are reported as {@link InvalidQueryException} with a short message (an
 * operator without a word on each side, an empty query, only words too common to index); an
 * unclosed bracket or quote is read as punctuation. A query that only excludes ({@code -volcano})
 * means "every article except": each group of only exclusions gets an implicit match-all clause,
 * as a reader expects, instead of Lucene's "nothing".
 */
public final class UserQueryParser {
  /** A parsed query; {@code findsWords} is false when it only excludes (every article but ...). */
  public record UserQuery(Query query, boolean findsWords) {}

  private final TextQueries text;

  /** A parser searching {@code fields} (name to boost) with {@code analyzer}. */
  public UserQueryParser(Analyzer analyzer, Map<String, Float> fields) {
    if (fields.isEmpty()) throw new IllegalArgumentException("fields must not be empty");
    this.text = new TextQueries(analyzer, fields);
  }

  /**
   * Parses {@code input}; throws {@link InvalidQueryException} when it cannot be searched. Syntax
   * characters in another form (a full-width quote or bracket) read as their usual form; the
   * analyzer normalises each word (Unicode NFKC with case folding, accents) as the index did.
   */
  public UserQuery parse(String input) {
    if (input == null || input.isBlank()) throw new InvalidQueryException("", "a query needs at least one word to find");
    String normalised = QueryLexer.normaliseSyntax(input.strip());
    List<Token> tokens = QueryLexer.tokens(normalised);
    checkOperators(normalised, tokens);
    Node parsed = new Reader(tokens).all();
    if (parsed == null) {
      boolean letters = normalised.codePoints().anyMatch(Character::isLetterOrDigit);
      throw new InvalidQueryException(normalised, "cannot search for \"" + normalised + "\": "
          + (letters ? "its words are too common to be indexed" : "it has no word to search for"));
    }
    return new UserQuery(parsed.query(), parsed.findsWords());
  }

  /** The tokens of {@code text} as written, for tests. */
  static List<String> tokens(String text) {
    return QueryLexer.tokens(QueryLexer.normaliseSyntax(text)).stream().map(Token::source).toList();
  }

  /** AND/OR need a word on each side and NOT one after it. */
  private static void checkOperators(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token before = i == 0 ? null : tokens.get(i - 1);
      Token after = i + 1 == tokens.size() ? null : tokens.get(i + 1);
      if ((t.kind() == Kind.AND || t.kind() == Kind.OR) && (!endsOperand(before) || !startsOperand(after))) {
        throw new InvalidQueryException(text, "cannot understand the query \"" + text + "\": " + t.text() + " needs a word on each side");
      }
      if (t.kind() == Kind.NOT && !startsOperand(after)) {
        throw new InvalidQueryException(text, "cannot understand the query \"" + text + "\": NOT needs a word after it");
      }
    }
  }

  private static boolean endsOperand(Token t) {
    return t != null && (t.kind() == Kind.WORD || t.kind() == Kind.PHRASE || t.kind() == Kind.CLOSE);
  }

  private static boolean startsOperand(Token t) {
    return t != null && (t.kind() == Kind.WORD || t.kind() == Kind.PHRASE || t.kind() == Kind.OPEN || t.kind() == Kind.NOT);
  }

  /**
   * A parsed part of the query. {@code findsWords} is false for an exclusion (and a group of only
   * exclusions); {@code excluded} marks a part to leave out of its group ({@code -word}, {@code NOT}).
   */
  private record Node(Query query, boolean findsWords, boolean excluded) {
    /** The part as a query of its own: an exclusion alone means every article but those. */
    Query standalone() {
      if (!excluded) return query;
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
          .add(query, BooleanClause.Occur.MUST_NOT).build();
    }
  }

  /** Recursive descent: all := and; and := or+ (AND or implied); or := unary (OR unary)*; unary := NOT unary | primary. */
  private final class Reader {
    private final List<Token> tokens;
    private int next;

    Reader(List<Token> tokens) {
      this.tokens = tokens;
    }

    Node all() {
      Node n = and(0);
      return n == null ? null : new Node(n.standalone(), n.findsWords(), false);
    }

    private Token peek() {
      return next < tokens.size() ? tokens.get(next) : null;
    }

    private Node and(int depth) {
      List<Node> parts = new ArrayList<>();
      for (Token t = peek(); t != null; t = peek()) {
        if (t.kind() == Kind.CLOSE) {
          if (depth > 0) break;
          next++; // a bracket closing nothing is punctuation
          continue;
        }
        if (t.kind() == Kind.AND || t.kind() == Kind.OR) {
          next++; // cannot happen after checkOperators, but never loop on it
          continue;
        }
        Node n = or(depth);
        if (n != null) parts.add(n);
      }
      return group(parts, BooleanClause.Occur.MUST);
    }

    private Node or(int depth) {
      List<Node> parts = new ArrayList<>();
      Node first = unary(depth);
      if (first != null) parts.add(first);
      while (peek() != null && peek().kind() == Kind.OR) {
        next++;
        Node n = unary(depth);
        if (n != null) parts.add(n);
      }
      if (parts.size() == 1) return parts.getFirst();
      return group(parts, BooleanClause.Occur.SHOULD);
    }

    private Node unary(int depth) {
      Token t = peek();
      if (t == null) return null;
      if (t.kind() == Kind.NOT) {
        next++;
        return negated(unary(depth));
      }
      Node n = primary(depth);
      return t.excluded() ? negated(n) : n;
    }

    private Node primary(int depth) {
      Token t = tokens.get(next++);
      return switch (t.kind()) {
        case WORD -> leaf(text.word(t.text()));
        case PHRASE -> leaf(text.phrase(t.text()));
        case OPEN -> {
          Node inner = and(depth + 1);
          if (peek() != null && peek().kind() == Kind.CLOSE) next++;
          yield inner;
        }
        default -> null; // an operator out of place, refused by checkOperators
      };
    }

    private Node leaf(Query q) {
      return q == null ? null : new Node(q, true, false);
    }

    private Node negated(Node n) {
      return n == null ? null : new Node(n.excluded() ? n.query() : n.standalone(), false, true);
    }

    /**
     * The parts joined by {@code occur} (MUST or SHOULD); exclusions are MUST_NOT clauses of an AND
     * group, and one of only exclusions gets a match-all clause. Null when no part is left.
     */
    private Node group(List<Node> parts, BooleanClause.Occur occur) {
      if (parts.isEmpty()) return null;
      if (parts.size() == 1) return parts.getFirst();
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean finds = false;
      for (Node p : parts) {
        finds |= p.findsWords();
        if (occur == BooleanClause.Occur.MUST && p.excluded()) b.add(p.query(), BooleanClause.Occur.MUST_NOT);
        else b.add(p.standalone(), occur);
      }
      if (occur == BooleanClause.Occur.MUST && !finds) b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      return new Node(b.build(), finds, false);
    }
  }
}
