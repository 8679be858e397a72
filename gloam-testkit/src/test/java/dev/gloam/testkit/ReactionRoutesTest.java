package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.GatewayClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reactions kept on messages: add, list users, remove own, others', by emoji and all. */
class ReactionRoutesTest extends MessageFamilyTestBase {

  static final String THUMBS = URLEncoder.encode("👍", StandardCharsets.UTF_8);

  @Test
  void reactionsAreStoredCountedAndDispatched() {
    long message = discord.humanSays(discord.channelId(), "react to me");
    String reactions = channelPath() + "/messages/" + id(message) + "/reactions";
    long emojiId = addCustomEmoji("blob");
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGE_REACTIONS)) {
      discord.humanReacts(discord.channelId(), message, "👍");
      JsonNode human = client.nextDispatch("MESSAGE_REACTION_ADD").path("d");
      assertThat(human.path("user_id").asString()).isEqualTo(id(discord.humanUserId()));
      assertThat(human.path("emoji").path("name").asString()).isEqualTo("👍");

      assertNoContent("PUT", reactions + "/" + THUMBS + "/@me", null);
      JsonNode add = client.nextDispatch("MESSAGE_REACTION_ADD").path("d");
      assertThat(add.path("user_id").asString()).isEqualTo(id(discord.botUserId()));
      assertThat(add.path("message_author_id").asString()).isEqualTo(id(discord.humanUserId()));
      assertThat(add.path("member").path("user").path("id").asString())
          .isEqualTo(id(discord.botUserId()));
      assertNoContent("PUT", reactions + "/blob:" + id(emojiId) + "/@me", null);
      JsonNode custom = client.nextDispatch("MESSAGE_REACTION_ADD").path("d").path("emoji");
      assertThat(custom.path("id").asString()).isEqualTo(id(emojiId));
      assertThat(custom.path("name").asString()).isEqualTo("blob");

      JsonNode stored = valid("GET", channelPath() + "/messages/" + id(message), null);
      JsonNode thumbs = stored.path("reactions").get(0);
      assertThat(thumbs.path("count").asInt()).isEqualTo(2);
      assertThat(thumbs.path("count_details").path("normal").asInt()).isEqualTo(2);
      assertThat(thumbs.path("me").asBoolean()).isTrue();
      assertThat(stored.path("reactions").get(1).path("count").asInt()).isEqualTo(1);

      JsonNode users = valid("GET", reactions + "/" + THUMBS, null);
      assertThat(users.findValuesAsString("id"))
          .containsExactlyInAnyOrder(id(discord.humanUserId()), id(discord.botUserId()));
      assertThat(valid("GET", reactions + "/" + THUMBS + "?limit=1", null).size()).isEqualTo(1);

      assertNoContent("DELETE", reactions + "/" + THUMBS + "/@me", null);
      JsonNode removed = client.nextDispatch("MESSAGE_REACTION_REMOVE").path("d");
      assertThat(removed.path("user_id").asString()).isEqualTo(id(discord.botUserId()));
      assertNoContent("DELETE", reactions + "/" + THUMBS + "/" + id(discord.humanUserId()), null);
      assertThat(
              client.nextDispatch("MESSAGE_REACTION_REMOVE").path("d").path("user_id").asString())
          .isEqualTo(id(discord.humanUserId()));
      assertThat(valid("GET", reactions + "/" + THUMBS, null).size()).isZero();

      discord.humanReacts(discord.channelId(), message, "🎉");
      client.nextDispatch("MESSAGE_REACTION_ADD");
      assertNoContent("DELETE", reactions + "/blob:" + id(emojiId), null);
      JsonNode removedEmoji = client.nextDispatch("MESSAGE_REACTION_REMOVE_EMOJI").path("d");
      assertThat(removedEmoji.path("emoji").path("id").asString()).isEqualTo(id(emojiId));
      JsonNode left = valid("GET", channelPath() + "/messages/" + id(message), null);
      assertThat(left.path("reactions").size()).isEqualTo(1);
      assertThat(left.path("reactions").get(0).path("me").asBoolean()).isFalse();

      assertNoContent("DELETE", reactions, null);
      assertThat(
              client
                  .nextDispatch("MESSAGE_REACTION_REMOVE_ALL")
                  .path("d")
                  .path("message_id")
                  .asString())
          .isEqualTo(id(message));
    }
    assertThat(valid("GET", channelPath() + "/messages/" + id(message), null).has("reactions"))
        .isFalse();
  }

  @Test
  void unknownEmojiAndMissingPermissionsAreRefused() {
    long message = discord.humanSays(discord.channelId(), "react to me");
    String reactions = channelPath() + "/messages/" + id(message) + "/reactions";
    assertError("PUT", reactions + "/thumbsup/@me", null, 404, 10014);
    assertError("PUT", reactions + "/blob:123/@me", null, 404, 10014);
    assertError(
        "PUT", channelPath() + "/messages/1/reactions/" + THUMBS + "/@me", null, 404, 10008);
    discord.humanReacts(discord.channelId(), message, "👍");
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY);
    // Joining an existing reaction needs no ADD_REACTIONS; a new emoji does.
    assertNoContent("PUT", reactions + "/" + THUMBS + "/@me", null);
    assertError(
        "PUT",
        reactions + "/" + URLEncoder.encode("🎉", StandardCharsets.UTF_8) + "/@me",
        null,
        403,
        50013);
    assertError("DELETE", reactions, null, 403, 50013);
    assertError(
        "DELETE", reactions + "/" + THUMBS + "/" + id(discord.humanUserId()), null, 403, 50013);
  }

  long addCustomEmoji(String name) {
    Guild guild = discord.world().guild();
    long emojiId = discord.world().nextId();
    ObjectNode emoji = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    emoji.put("id", id(emojiId));
    emoji.put("name", name);
    emoji.put("animated", false);
    guild.emojis().put(emojiId, emoji);
    return emojiId;
  }
}
