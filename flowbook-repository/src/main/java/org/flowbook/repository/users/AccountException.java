package org.flowbook.repository.users;

/**
 * A change to an account that is refused: a password the {@link PasswordPolicy} refuses, a change
 * that would leave no active administrator, a wrong current password. {@link #code()} is stable and
 * lets the web pages word the refusal in the reader's language; the message is the English wording
 * for the command line and the log.
 */
public final class AccountException extends RuntimeException {
  public static final String LAST_ADMIN = "last-admin";
  public static final String SELF_DEACTIVATE = "self-deactivate";
  public static final String WRONG_PASSWORD = "wrong-password";

  private final String code;

  public AccountException(String code, String message) {
    super(message);
    this.code = code;
  }

  static AccountException of(PasswordPolicy.Problem problem) {
    return new AccountException(problem.code(), problem.message());
  }

  public String code() {
    return code;
  }
}
