package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySentenceEmbedderTest {
  private static final class CountingEmbedder implements SentenceEmbedder {
    @Override public int dimensions() { return 2; }
    @Override public float[] embed(String text) { return text.isBlank() ? new float[2] : new float[] {1, 0}; }
  }

  @Test
  void buildsTheDelegateOnFirstUseAndOnlyOnce() {
    AtomicInteger loads = new AtomicInteger();
    LazySentenceEmbedder lazy = new LazySentenceEmbedder(() -> {
      loads.incrementAndGet();
      return new CountingEmbedder();
    });
    assertThat(lazy.loaded()).isFalse();
    assertThat(loads).hasValue(0);
    assertThat(lazy.embed("a story")).containsExactly(1f, 0f);
    assertThat(lazy.embed(" ")).containsExactly(0f, 0f);
    assertThat(lazy.dimensions()).isEqualTo(2);
    assertThat(lazy.loaded()).isTrue();
    assertThat(loads).hasValue(1);
  }

  @Test
  void aLoaderThatFailsIsNotTriedAgain() {
    AtomicInteger loads = new AtomicInteger();
    LazySentenceEmbedder lazy = new LazySentenceEmbedder(() -> {
      loads.incrementAndGet();
      throw new UnsatisfiedLinkError("no onnxruntime for this platform");
    });
    for (int i = 0; i < 3; i++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> lazy.embed("a story"))
          .isInstanceOf(EmbedderUnavailableException.class).hasMessageContaining("could not be loaded");
    }
    assertThat(loads).hasValue(1);
    assertThat(lazy.loaded()).isFalse();
  }
}
