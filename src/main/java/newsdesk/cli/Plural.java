package newsdesk.cli;

/** A count with its noun in the right number, for messages: "1 source", "2 sources", "1 story", "3 stories". */
final class Plural {
  private Plural() {}

  /** {@code n} and {@code noun}, with an "s" when {@code n} is not 1. */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** {@code n} and {@code one} or {@code many}, for nouns whose plural is not "+s" (story, stories). */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
