package newsdesk.web;

/** The request needs a logged-in reader: pages redirect to the login form, the API answers 401. */
final class LoginRequired extends RuntimeException {
  LoginRequired() {
    super("log in first", null, false, false);
  }
}
