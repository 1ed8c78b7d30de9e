package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {
  private static final byte[] TEXT = "<rss>".repeat(2000).getBytes(StandardCharsets.UTF_8);

  @Test
  void identityAndNoEncodingPassThrough() throws Exception {
    assertThat(ContentDecoder.decode(TEXT, null, 1 << 20, false).data()).isEqualTo(TEXT);
    assertThat(ContentDecoder.decode(TEXT, "identity", 1 << 20, false).truncated()).isFalse();
  }

  @Test
  void aBodyCutOnTheWireDecodesToItsCompletePart() throws Exception {
    StringBuilder varied = new StringBuilder();
    for (int i = 0; i < 20_000; i++) varied.append("<item>").append(i * 7919 % 100_003).append("</item>");
    byte[] text = varied.toString().getBytes(StandardCharsets.UTF_8);
    byte[] gz = HttpFetcherTest.gzip(text);
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    ContentDecoder.Decoded d = ContentDecoder.decode(cut, "gzip", 1 << 20, true);
    assertThat(d.truncated()).isTrue();
    assertThat(d.data().length).isPositive().isLessThan(text.length);
    assertThat(text).startsWith(d.data());
  }

  @Test
  void stackedEncodingsAreRemovedInReverseOrder() throws Exception {
    byte[] twice = HttpFetcherTest.gzip(HttpFetcherTest.gzip(TEXT));
    assertThat(ContentDecoder.decode(twice, "gzip, gzip", 1 << 20, false).data()).isEqualTo(TEXT);
  }

  @Test
  void corruptDataIsAnError() {
    assertThatThrownBy(() -> ContentDecoder.decode("not gzip at all".getBytes(StandardCharsets.UTF_8), "gzip", 1 << 20, false))
        .isInstanceOf(ContentDecoder.DecodingException.class).hasMessageContaining("corrupt gzip body");
  }
}
