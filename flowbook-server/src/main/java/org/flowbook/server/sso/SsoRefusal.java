package org.flowbook.server.sso;

import java.util.Locale;

/**
 * A single sign-on that did not sign anyone in. {@link #reason()} picks the words shown to the
 * person ({@code sso.refused.*}) and the audit entry's detail; the message is the English detail
 * for the log (never a token).
 */
public final class SsoRefusal extends RuntimeException {
  /** Why; each has words in the message bundle. */
  public enum Reason {
    /** The answer does not belong to a sign-in this browser started (state), or came twice. */
    STATE(400),
    /** The provider said no (the person cancelled, or is not allowed to use Flowbook). */
    PROVIDER_ERROR(401),
    /** The provider could not be reached or gave an answer that is not OpenID Connect. */
    PROVIDER_UNREACHABLE(502),
    /** The ID token failed a check: signature, issuer, audience, expiry, nonce. */
    TOKEN(401),
    /** None of the person's groups gives a role, and there is no default role. */
    NO_ROLE(403),
    /** An administrator deactivated the account. */
    DEACTIVATED(403);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;

  public SsoRefusal(Reason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public SsoRefusal(Reason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
