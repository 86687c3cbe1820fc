package org.flowbook.repository.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long, and not one
 * that attackers try first — no rules about character classes. Refused are passwords on the shipped
 * list of common and leaked passwords ({@code common-passwords.txt.gz}, 49,233 entries from the
 * MIT-licensed {@code @zxcvbn-ts/language-common} 4.1.3; see decision 0603), such a password with a
 * short run of digits or signs appended ({@code Password2025!}), the user's own name or "flowbook"
 * (also with such a tail), one character repeated or a plain sequence ({@code aaaaaaaaaa}, {@code
 * 1234567890}).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;

  /** Long enough for any passphrase; the bound keeps Argon2 from hashing megabytes. */
  public static final int MAX_LENGTH = 256;

  /** A tail people add to a word to pass old composition rules: up to four digits or signs. */
  private static final int MAX_TAIL = 4;

  /** Why a password is refused; the caller words it (the web pages in Swedish or English). */
  public enum Problem {
    TOO_SHORT("password-too-short", "a password needs at least " + MIN_LENGTH + " characters"),
    TOO_LONG("password-too-long", "a password can have at most " + MAX_LENGTH + " characters"),
    COMMON(
        "password-common",
        "this password is on the list of common and leaked passwords that attackers try first;"
            + " choose another, e.g. a few unrelated words"),
    NAME(
        "password-name",
        "a password cannot be your user name or the name of the application; choose another"),
    PATTERN(
        "password-pattern",
        "a password cannot be one character repeated or a simple sequence such as 1234567890"),
    SAME("password-same", "the new password must differ from the current one");

    private final String code;
    private final String message;

    Problem(String code, String message) {
      this.code = code;
      this.message = message;
    }

    /** A stable code, also the key of the message in the server's text bundles. */
    public String code() {
      return code;
    }

    public String message() {
      return message;
    }
  }

  private PasswordPolicy() {}

  /** The problem of a password for a user, or empty when it may be used. */
  public static Optional<Problem> check(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String p = password.strip().toLowerCase(Locale.ROOT);
    String base = withoutTail(p, MAX_TAIL);
    String word = withoutTail(p, p.length());
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (p.equals(name) || word.equals(name) || word.equals("flowbook")) {
      return Optional.of(Problem.NAME);
    }
    if (isRepetitiveOrSequence(p)) {
      return Optional.of(Problem.PATTERN);
    }
    Set<String> common = Common.LIST;
    if (common.contains(p) || common.contains(base) || common.contains(p.replace(" ", ""))) {
      return Optional.of(Problem.COMMON);
    }
    return Optional.empty();
  }

  /** Throws the refusal as an {@link AccountException} when the password has a problem. */
  public static void require(String username, String password) {
    check(username, password)
        .ifPresent(
            problem -> {
              throw AccountException.of(problem);
            });
  }

  /**
   * The word before a tail of at most {@code max} digits or signs ({@code summer2024!} → summer).
   */
  private static String withoutTail(String p, int max) {
    int end = p.length();
    while (end > 0 && p.length() - end < max && !Character.isLetter(p.charAt(end - 1))) {
      end--;
    }
    return p.substring(0, end).strip();
  }

  private static boolean isRepetitiveOrSequence(String p) {
    if (p.chars().distinct().count() <= 2) {
      return true;
    }
    int step = p.charAt(1) - p.charAt(0);
    if (Math.abs(step) != 1) {
      return false;
    }
    for (int i = 2; i < p.length(); i++) {
      int d = p.charAt(i) - p.charAt(i - 1);
      // 1234567890: the 0 after the 9 continues the row of digits on the keyboard.
      boolean wraps = p.charAt(i - 1) == '9' && p.charAt(i) == '0' && step == 1;
      if (d != step && !wraps) {
        return false;
      }
    }
    return true;
  }

  /** The list, read once on first use (≈ 49,000 lower-case entries). */
  private static final class Common {
    static final Set<String> LIST = read();

    private static Set<String> read() {
      String name = "common-passwords.txt.gz";
      Set<String> out = new HashSet<>(65_536);
      try (InputStream raw = PasswordPolicy.class.getResourceAsStream(name)) {
        if (raw == null) {
          throw new IllegalStateException("missing resource " + name + " beside PasswordPolicy");
        }
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(out);
    }
  }
}
