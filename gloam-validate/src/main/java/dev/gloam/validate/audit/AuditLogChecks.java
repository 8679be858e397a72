package dev.gloam.validate.audit;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of the {@code X-Audit-Log-Reason} header (resources/audit-log, "Audit Log Entry Object":
 * the reason has 1 to 512 characters).
 */
public final class AuditLogChecks {
  /** The most characters a reason may have. */
  public static final int REASON_MAX = 512;

  private AuditLogChecks() {}

  /**
   * Checks an audit log reason.
   *
   * @param reason the reason
   * @throws ValidationException if it is empty or longer than {@value #REASON_MAX} characters
   */
  public static void reason(String reason) {
    Check.length("X-Audit-Log-Reason", reason, 1, REASON_MAX);
  }
}
