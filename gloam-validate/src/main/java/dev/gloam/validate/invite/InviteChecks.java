package dev.gloam.validate.invite;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;

/**
 * Checks of the fields of "Create Channel Invite" and "Update Target Users" (resources/channel,
 * resources/invite).
 */
public final class InviteChecks {
  /** The longest lifetime of an invite, in seconds (7 days); 0 means it never expires. */
  public static final int MAX_AGE_MAX = 604_800;

  /** The most uses an invite may be limited to; 0 means no limit. */
  public static final int MAX_USES_MAX = 100;

  /** The most roles an invite may give. */
  public static final int ROLE_IDS_MAX = 250;

  private InviteChecks() {}

  /**
   * Checks an invite's lifetime.
   *
   * @param seconds the lifetime in seconds, 0 for never
   * @throws ValidationException if it is outside 0..{@value #MAX_AGE_MAX}
   */
  public static void maxAge(int seconds) {
    Check.range("max_age", seconds, 0, MAX_AGE_MAX);
  }

  /**
   * Checks an invite's number of uses.
   *
   * @param uses the most uses, 0 for unlimited
   * @throws ValidationException if it is outside 0..{@value #MAX_USES_MAX}
   */
  public static void maxUses(int uses) {
    Check.range("max_uses", uses, 0, MAX_USES_MAX);
  }

  /**
   * Checks the roles an invite gives.
   *
   * @param roleIds the role ids, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #ROLE_IDS_MAX}
   */
  public static void roleIds(Collection<?> roleIds) {
    Check.count("role_ids", roleIds, 0, ROLE_IDS_MAX);
  }

  /**
   * Checks that a target users file has content.
   *
   * @param file the CSV file's bytes, or {@code null} if not set
   * @throws ValidationException if the file is empty
   */
  public static void targetUsersFile(byte[] file) {
    if (file != null && file.length == 0) {
      throw new ValidationException(
          "target_users_file", ValidationException.Rule.TOO_SHORT, "1 byte", "0 bytes");
    }
  }
}
