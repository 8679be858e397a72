package dev.gloam.testkit.internal.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code X-Audit-Log-Reason} header, which clients percent-encode so that any Unicode
 * survives HTTP (reference, {@code resources/audit-log.mdx}, "Audit Log Entry Object").
 */
public final class AuditLogReason {

  /** The longest reason Discord keeps. */
  public static final int MAX_LENGTH = 512;

  private AuditLogReason() {}

  /**
   * Decodes the header.
   *
   * @param header the raw header, or null
   * @return the reason, or null if there was none; a malformed encoding is kept as sent, and a
   *     reason over 512 characters is cut to 512, as Discord stores it
   */
  public static String decode(String header) {
    if (header == null || header.isEmpty()) {
      return null;
    }
    String reason;
    try {
      reason = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      reason = header;
    }
    return reason.length() > MAX_LENGTH ? reason.substring(0, MAX_LENGTH) : reason;
  }
}
