package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final String RUSSIAN = "<html><body><p>Привет, мир! Это проверка кодировки страницы.</p></body></html>";
  private final PageDecoder decoder = new PageDecoder(1_000_000);

  private String decode(byte[] body, String contentType) throws UnreadablePageException {
    return decoder.decode(new Page(URI.create("https://example.org/"), body, contentType));
  }

  @Test
  void httpHeaderCharsetWins() throws Exception {
    byte[] body = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
    assertThat(decode(body, "text/html; charset=KOI8-R")).isEqualTo(RUSSIAN);
  }

  @Test
  void byteOrderMarkBeatsADeclaration() throws Exception {
    byte[] utf16 = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE);
    assertThat(decode(utf16, "text/html; charset=windows-1251")).isEqualTo(RUSSIAN);
  }

  @Test
  void metaCharsetIsRead() throws Exception {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир! Это проверка.</p></body></html>";
    assertThat(decode(html.getBytes(Charset.forName("windows-1251")), null)).isEqualTo(html);
  }

  @Test
  void undeclaredLegacyCharsetIsDetected() throws Exception {
    String html = "<html><body><p>" + "Мост длиной 640 метров соединил два жилых района города. ".repeat(8) + "</p></body></html>";
    assertThat(decode(html.getBytes(Charset.forName("windows-1251")), null)).isEqualTo(html);
  }

  @Test
  void windows1252ServedAsUtf8IsDetected() throws Exception {
    String html = "<html><body><h1>Café Zoë</h1><p>The café on the quay reopens on Friday, its owner said.</p></body></html>";
    byte[] body = html.getBytes(Charset.forName("windows-1252"));
    assertThat(decode(body, "text/html; charset=utf-8")).isEqualTo(html);
    String meta = "<html><head><meta charset=\"utf-8\"></head><body><p>Café Zoë – déjà vu</p></body></html>";
    assertThat(decode(meta.getBytes(Charset.forName("windows-1252")), null)).isEqualTo(meta);
  }

  @Test
  void aStrayByteInAUtf8PageKeepsItUtf8() throws Exception {
    String html = "<html><body><p>Zoë’s café — “quotes” and déjà vu</p>X</body></html>";
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 15] = (byte) 0xE9; // the X: one Latin-1 é among many UTF-8 characters
    assertThat(decode(utf8, "text/html; charset=utf-8")).contains("Zoë’s café — “quotes” and déjà vu");
  }

  @Test
  void utf8MislabelledAsLatin1IsReadAsUtf8() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café “quotes” — dash</p></body></html>";
    assertThat(decode(html.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(html);
  }

  @Test
  void latin1StaysLatin1() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café crème à la française</p></body></html>";
    assertThat(decode(html.getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo(html);
  }

  @Test
  void pagesOverTheLimitAreRefused() {
    byte[] body = new byte[1_000_001];
    java.util.Arrays.fill(body, (byte) 'a');
    assertThatThrownBy(() -> decode(body, null)).isInstanceOf(UnreadablePageException.class).hasMessageContaining("limit");
  }

  @Test
  void misuseNamesTheArgument() {
    assertThatThrownBy(() -> new PageDecoder(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
  }
}
