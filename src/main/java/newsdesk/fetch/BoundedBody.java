package newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit. Past the limit it cancels the stream (so an
 * endless body costs at most the limit) and completes with what it has, marked truncated.
 */
public final class BoundedBody implements BodySubscriber<BoundedBody.Bytes> {
  /** The collected bytes and whether the body went on past the limit. */
  public record Bytes(byte[] data, boolean truncated) {}

  private final long limit;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Bytes> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  /** Collects at most {@code limit} bytes. */
  public BoundedBody(long limit) {
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
    this.limit = limit;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) return;
    for (ByteBuffer buffer : buffers) {
      long room = limit - out.size();
      int n = buffer.remaining();
      if (n > room) {
        byte[] part = new byte[(int) room];
        buffer.get(part);
        out.writeBytes(part);
        subscription.cancel();
        result.complete(new Bytes(out.toByteArray(), true));
        return;
      }
      byte[] all = new byte[n];
      buffer.get(all);
      out.writeBytes(all);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Bytes(out.toByteArray(), false));
  }

  @Override
  public CompletionStage<Bytes> getBody() {
    return result;
  }
}
