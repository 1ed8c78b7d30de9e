package newsdesk.pipeline;

/** How an unexpected failure is named in a report: its message, else its kind. */
final class Failures {
  private Failures() {}

  /**
   * {@code e}'s message, or its class's simple name when it has none (a {@link StackOverflowError}
   * or a bare {@link NullPointerException} say nothing else).
   */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
