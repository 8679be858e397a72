package dev.gloam.testkit.internal.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

/**
 * Makes bot tokens shaped like Discord's: the bot's user id in Base64, a dot, a Base64 timestamp, a
 * dot, and a random Base64 signature. Programs that read the bot id out of the token (some
 * libraries do, to know their own id before READY) find the testkit's bot there.
 */
public final class BotTokens {
  // Discord's token timestamps count seconds from 2011-01-01T00:00:00Z.
  private static final long TOKEN_EPOCH_SECONDS = 1_293_840_000L;
  private static final Random RANDOM = new SecureRandom();

  private BotTokens() {}

  /**
   * Makes a fresh token for a bot.
   *
   * @param botUserId the bot's user id
   * @param now when the token is made
   * @return a token such as {@code MTE3NTY3NjIwNjU1OTM5NTg0Mg.GZr2kQ.2Yc...}
   */
  public static String forBot(long botUserId, Instant now) {
    Base64.Encoder plain = Base64.getEncoder().withoutPadding();
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String id =
        plain.encodeToString(Long.toUnsignedString(botUserId).getBytes(StandardCharsets.US_ASCII));
    long seconds = Math.max(0, now.getEpochSecond() - TOKEN_EPOCH_SECONDS);
    String timestamp = url.encodeToString(ByteBuffer.allocate(4).putInt((int) seconds).array());
    byte[] signature = new byte[27];
    RANDOM.nextBytes(signature);
    return id + "." + timestamp + "." + url.encodeToString(signature);
  }
}
