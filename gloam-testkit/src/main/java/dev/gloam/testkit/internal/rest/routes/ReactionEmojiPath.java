package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.messages.ReactionEmojis;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.world.World;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the emoji segment of a reaction route: a percent-encoded Unicode emoji, or {@code name:id}
 * for a custom emoji ({@code resources/message.mdx}, "Create Reaction"). Anything else is 404
 * Unknown Emoji (10014), as on Discord.
 */
public final class ReactionEmojiPath {

  private ReactionEmojiPath() {}

  /**
   * Parses the segment into a partial emoji.
   *
   * @param world the world, whose guilds' emojis custom reactions must come from
   * @param raw the raw path segment
   * @return {@code {"id":null,"name":"👍"}} or {@code {"id":"1","name":"blob","animated":false}}
   * @throws ApiError 404 Unknown Emoji (10014)
   */
  public static ObjectNode parse(World world, String raw) {
    return percentDecode(raw)
        .flatMap(text -> ReactionEmojis.parse(world, text))
        .orElseThrow(ReactionEmojiPath::unknown);
  }

  // Percent-decoding of a path segment: unlike form decoding, '+' stays a plus.
  private static Optional<String> percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        try {
          bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }

  private static ApiError unknown() {
    return new ApiError(404, 10014, "Unknown Emoji");
  }
}
