package newsdesk.web;

/**
 * A request that cannot be answered as asked: becomes an HTML error page, or
 * {@code {"error": {"status": N, "reason": "..."}}} under {@code /api} and {@code /feeds}.
 */
public final class HttpProblem extends RuntimeException {
  private final int status;

  public HttpProblem(int status, String reason) {
    super(reason);
    if (status < 400 || status > 599) throw new IllegalArgumentException("status must be 4xx or 5xx, got " + status);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpProblem badRequest(String reason) {
    return new HttpProblem(400, reason);
  }

  public static HttpProblem notFound(String reason) {
    return new HttpProblem(404, reason);
  }
}
