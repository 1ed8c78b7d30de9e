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

  /**
   * The heading of the error page for {@code status}: what went wrong in words, then the code
   * ("Not found (404)"), since a bare number tells a reader, or a screen reader, little.
   */
  public static String heading(int status) {
    String words = switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Login required";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request too large";
      case 415 -> "Unsupported content type";
      case 431 -> "Request headers too large";
      default -> status >= 500 ? "Something went wrong" : "Error";
    };
    return words + " (" + status + ")";
  }

  public static HttpProblem badRequest(String reason) {
    return new HttpProblem(400, reason);
  }

  public static HttpProblem notFound(String reason) {
    return new HttpProblem(404, reason);
  }
}
