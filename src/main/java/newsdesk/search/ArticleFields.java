package newsdesk.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.store.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the Lucene index (its fields and their types), and how a
 * {@link SearchFilter} becomes filter clauses over those fields.
 */
final class ArticleFields {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String OUTLET_KEY = "outlet_key";
  static final String TIME = "time";

  /** Body text with offsets in the postings, so the highlighter need not analyse stored text again. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArticleFields() {}

  private static FieldType textWithOffsets() {
    var type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The body's field type: with offsets, unless the index already holds bodies without them (built
   * before offsets were added); Lucene needs one type per field, and {@code newsdesk reindex}
   * rebuilds with offsets.
   */
  static FieldType textTypeOf(IndexWriter w) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(w)) {
      var info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(TEXT);
      if (info != null && info.getIndexOptions() != TEXT_WITH_OFFSETS.indexOptions()) return TextField.TYPE_STORED;
      return TEXT_WITH_OFFSETS;
    }
  }

  /** The document of {@code a}, its body indexed with {@code textType}. */
  static Document document(StoredArticle a, FieldType textType) {
    Document d = new Document();
    d.add(new StringField(ID, a.publicId(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(a.publicId()))); // the tiebreak of keyset pages
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    d.add(new Field(TEXT, a.text(), textType));
    if (a.outlet() != null) {
      d.add(new StoredField(OUTLET, a.outlet()));
      d.add(new StringField(OUTLET_KEY, a.outlet(), Field.Store.NO));
    }
    if (a.time() != null) {
      long millis = a.time().toEpochMilli();
      d.add(new LongPoint(TIME, millis));
      d.add(new NumericDocValuesField(TIME, millis));
    }
    return d;
  }

  /**
   * {@code text} restricted by {@code filter} (outlet, time range, article ids) over the documents of
   * {@code reader}. The outlet is matched ignoring case, accents and spacing ({@code wikinews} finds
   * "Wikinews"): the outlet names in the index are few, so they are compared one by one.
   */
  static Query filtered(Query text, SearchFilter filter, IndexReader reader) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (filter.outlet() != null) b.add(outletQuery(filter.outlet(), reader), BooleanClause.Occur.FILTER);
    if (filter.from() != null || filter.until() != null) {
      long lo = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
      long hi = filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(TIME, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (filter.articleIds() != null) {
      b.add(new TermInSetQuery(ID, filter.articleIds().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query outletQuery(String outlet, IndexReader reader) throws IOException {
    String wanted = outletKey(outlet);
    List<BytesRef> names = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, OUTLET_KEY);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef name = each.next(); name != null; name = each.next()) {
        if (outletKey(name.utf8ToString()).equals(wanted)) names.add(BytesRef.deepCopyOf(name));
      }
    }
    return names.isEmpty() ? new MatchNoDocsQuery("no outlet " + outlet) : new TermInSetQuery(OUTLET_KEY, names);
  }

  /** An outlet name compared without case, accents or spacing: "Le Monde" is "le  monde" and "LE MONDÉ". */
  static String outletKey(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The start of a text, cut at a word, for hits found without words to highlight. */
  static String leadOf(String text) {
    if (text == null) return "";
    if (text.length() <= 200) return text;
    int cut = text.lastIndexOf(' ', 200);
    return text.substring(0, cut > 0 ? cut : 200) + " …";
  }
}
