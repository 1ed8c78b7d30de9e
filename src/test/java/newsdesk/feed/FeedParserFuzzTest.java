package newsdesk.feed;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: 10,000 mutated feeds (byte flips, truncation, tag deletion, entity garbage,
 * spliced fragments) go through the parser. Nothing but {@link FeedParseException} may escape,
 * and every single parse must finish within {@link #PER_PARSE_TIMEOUT_SECONDS} (enforced per parse
 * through a future, so a hang is reported with the input that caused it).
 */
class FeedParserFuzzTest {
  private static final long SEED = 20261129L;
  private static final int MUTANTS = 10_000;
  private static final long PER_PARSE_TIMEOUT_SECONDS = 5;
  private static final String[] GARBAGE = {
    "&", "&amp", "&nbsp;", "&#xD800;", "&#0;", "&bogus;", "&#x110000;", "<![CDATA[", "]]>", "<!--", "-->",
    "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>", "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;", "<", ">", "</",
    "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "\u0000", "\uFEFF", "xmlns:a=\"\"", "<a:b>", "<script>",
    "javascript:", "<div xmlns=\"http://www.w3.org/1999/xhtml\">", "{\"version\":", "\"items\":[{", "]}", "\\u0000"
  };

  private static ExecutorService executor;

  @BeforeAll
  static void start() {
    executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "feed-fuzz");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() {
    executor.shutdownNow();
  }

  @Test
  void tenThousandMutantsNeitherCrashNorHang() throws InterruptedException {
    List<byte[]> seeds = List.of(
        FeedTestFiles.sample("sample-rss20.xml"), FeedTestFiles.sample("sample-atom10.xml"),
        FeedTestFiles.sample("sample-jsonfeed11.json"),
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>t</title></channel><item><title>i</title><link>http://x/</link></item></rdf:RDF>"
            .getBytes(StandardCharsets.UTF_8));
    StandardFeedParser parser = new StandardFeedParser();
    Random random = new Random(SEED);
    for (int i = 0; i < MUTANTS; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      String contentType = random.nextInt(4) == 0 ? "text/xml" : null;
      Future<Feed> run = executor.submit(() -> parser.parse(input, contentType, null));
      try {
        run.get(PER_PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof FeedParseException)) {
          throw new AssertionError("mutant " + i + " (seed " + SEED + ") threw " + e.getCause() + "; input:\n"
              + new String(input, StandardCharsets.UTF_8), e.getCause());
        }
      } catch (TimeoutException e) {
        run.cancel(true);
        fail("mutant %d (seed %d) did not finish within %d s; input:%n%s", i, SEED, PER_PARSE_TIMEOUT_SECONDS,
            new String(input, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void pathologicalDocumentsNeitherCrashNorHang() throws InterruptedException {
    String deep = "<rss version=\"2.0\"><channel><title>t</title><item><description>"
        + "<div>".repeat(50_000) + "x" + "</div>".repeat(50_000) + "</description></item></channel></rss>";
    String deepEscaped = "<rss version=\"2.0\"><channel><item><description>"
        + "&lt;b&gt;".repeat(20_000) + "</description></item></channel></rss>";
    String longStyle = "<rss version=\"2.0\"><channel><item><description>&lt;p style=\"" + "a-a ".repeat(50_000)
        + "!\"&gt;x&lt;/p&gt;</description></item></channel></rss>";
    String longAuthor = "<rss version=\"2.0\"><channel><item><author>" + "a.".repeat(100_000) + "@"
        + "</author><pubDate>" + "1".repeat(100_000) + "</pubDate></item></channel></rss>";
    String manyEntities = "<rss><channel><title>" + "&nbsp;&bogus;&#x26;&".repeat(50_000) + "</title></channel></rss>";
    String unclosed = "<rss><channel>" + "<item><title>open".repeat(20_000);
    String manyAttributes = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;span "
        + "a=\"1\" ".repeat(50_000) + "&gt;</content></entry></feed>";
    StandardFeedParser parser = new StandardFeedParser();
    for (String doc : List.of(deep, deepEscaped, longStyle, longAuthor, manyEntities, unclosed, manyAttributes)) {
      byte[] input = doc.getBytes(StandardCharsets.UTF_8);
      Future<Feed> run = executor.submit(() -> parser.parse(input, null, null));
      try {
        run.get(PER_PARSE_TIMEOUT_SECONDS * 4, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof FeedParseException)) {
          throw new AssertionError("pathological input threw " + e.getCause() + ": " + doc.substring(0, 120), e.getCause());
        }
      } catch (TimeoutException e) {
        run.cancel(true);
        fail("pathological input did not finish within %d s: %s", PER_PARSE_TIMEOUT_SECONDS * 4, doc.substring(0, 120));
      }
    }
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] b = seed;
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      switch (random.nextInt(6)) {
        case 0 -> b = flipBytes(b, random);
        case 1 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
        case 2 -> b = deleteTag(b, random);
        case 3 -> b = insert(b, random, GARBAGE[random.nextInt(GARBAGE.length)].getBytes(StandardCharsets.UTF_8));
        case 4 -> b = splice(b, random);
        default -> b = insert(b, random, randomBytes(random));
      }
    }
    return b;
  }

  private static byte[] flipBytes(byte[] b, Random random) {
    byte[] out = b.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && out.length > 0; i++) out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  /** Removes one {@code <...>} span, which unbalances the element tree. */
  private static byte[] deleteTag(byte[] b, Random random) {
    List<int[]> tags = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] != '<') continue;
      int j = i + 1;
      while (j < b.length && b[j] != '>') j++;
      if (j < b.length) tags.add(new int[] {i, j + 1});
    }
    if (tags.isEmpty()) return b;
    int[] t = tags.get(random.nextInt(tags.size()));
    byte[] out = new byte[b.length - (t[1] - t[0])];
    System.arraycopy(b, 0, out, 0, t[0]);
    System.arraycopy(b, t[1], out, t[0], b.length - t[1]);
    return out;
  }

  private static byte[] insert(byte[] b, Random random, byte[] what) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  /** Copies a random slice of the document into a random place (duplicated and crossed tags). */
  private static byte[] splice(byte[] b, Random random) {
    if (b.length < 2) return b;
    int from = random.nextInt(b.length - 1);
    int to = Math.min(b.length, from + 1 + random.nextInt(200));
    return insert(b, random, Arrays.copyOfRange(b, from, to));
  }

  private static byte[] randomBytes(Random random) {
    byte[] out = new byte[1 + random.nextInt(16)];
    random.nextBytes(out);
    return out;
  }
}
