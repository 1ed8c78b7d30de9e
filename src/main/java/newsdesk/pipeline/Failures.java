package newsdesk.pipeline;

/** How an unexpected failure is named in a report: its message, else its kind. */
final class Failures {
  private Failures() {}

  /**
   * {@code e}'s message, or its class's simple name when it has none (a {@link StackOverflowError}
   * or a bare {@link NullPointerException} say nothing else); an {@link OutOfMemoryError}'s with its
   * kind.
   */
  static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) return e.getClass().getSimpleName();
    // "Java heap space" alone does not say what happened.
    return e instanceof VirtualMachineError ? e.getClass().getSimpleName() + ": " + message : message;
  }
}
