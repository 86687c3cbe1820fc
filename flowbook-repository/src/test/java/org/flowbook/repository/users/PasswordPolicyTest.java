package org.flowbook.repository.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.flowbook.repository.users.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

/** NIST 800-63B style checks: length, the shipped list, the user's name, repeats and sequences. */
class PasswordPolicyTest {
  private static Optional<Problem> check(String password) {
    return PasswordPolicy.check("karin", password);
  }

  @Test
  void lengthCountsCharactersNotBytesAndHasAnUpperBound() {
    assertThat(check("åäöåäöåäö")).contains(Problem.TOO_SHORT);
    assertThat(check("blå ögon i maj")).isEmpty();
    assertThat(check("x".repeat(10) + "y".repeat(247))).contains(Problem.TOO_LONG);
    assertThat(check(null)).contains(Problem.TOO_SHORT);
  }

  @Test
  void entriesOfTheShippedListAreRefusedInAnyCaseAndWithAShortTail() {
    assertThat(check("1qaz2wsx3edc")).contains(Problem.COMMON);
    assertThat(check("QWERTYUIOP")).contains(Problem.COMMON);
    assertThat(check("iloveyou2024")).contains(Problem.COMMON);
    assertThat(check("sunshine!!")).contains(Problem.COMMON);
    // A long random tail is not "a common word plus a year".
    assertThat(check("sunshine-8r4k2x")).isEmpty();
  }

  @Test
  void theUserNameAndTheApplicationNameAreRefused() {
    assertThat(PasswordPolicy.check("karin.lund", "Karin.Lund")).contains(Problem.NAME);
    assertThat(PasswordPolicy.check("karin.lund", "karin.lund99")).contains(Problem.NAME);
    assertThat(check("flowbook2026")).contains(Problem.NAME);
    assertThat(check("Flowbook!")).contains(Problem.TOO_SHORT);
  }

  @Test
  void repeatsAndSequencesAreRefusedButNoCharacterClassesAreDemanded() {
    assertThat(check("aaaaaaaaaa")).contains(Problem.PATTERN);
    assertThat(check("abababababab")).contains(Problem.PATTERN);
    assertThat(check("abcdefghijk")).contains(Problem.PATTERN);
    assertThat(check("1234567890")).contains(Problem.PATTERN);
    assertThat(check("kaffe och kanelbullar")).isEmpty();
  }
}
