package newsdesk.search;

import java.io.IOException;
import newsdesk.store.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
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

  /** {@code text} restricted by {@code filter} (outlet, time range, article ids). */
  static Query filtered(Query text, SearchFilter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (filter.outlet() != null) b.add(new TermQuery(new Term(OUTLET_KEY, filter.outlet())), BooleanClause.Occur.FILTER);
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

  /** The start of a text, cut at a word, for hits found without words to highlight. */
  static String leadOf(String text) {
    if (text == null) return "";
    if (text.length() <= 200) return text;
    int cut = text.lastIndexOf(' ', 200);
    return text.substring(0, cut > 0 ? cut : 200) + " …";
  }
}
