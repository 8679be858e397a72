package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Create Message's other parts: stickers, enforced nonces and threads. */
class MessageCreateOptionsTest extends MessageFamilyTestBase {

  @Test
  void stickersNoncesAndThreads() {
    Guild guild = discord.world().guild();
    long stickerId = discord.world().nextId();
    ObjectNode sticker = JsonMapper.builder().build().createObjectNode();
    sticker.put("id", id(stickerId));
    sticker.put("name", "wave");
    sticker.put("format_type", 1);
    guild.stickers().put(stickerId, sticker);
    JsonNode withSticker =
        valid("POST", channelPath() + "/messages", "{\"sticker_ids\":[\"" + id(stickerId) + "\"]}");
    assertThat(withSticker.path("sticker_items").get(0).path("name").asString()).isEqualTo("wave");
    assertError("POST", channelPath() + "/messages", "{\"sticker_ids\":[\"42\"]}", 400, 50035);

    String body = "{\"content\":\"once\",\"nonce\":\"n-1\",\"enforce_nonce\":true}";
    String first = valid("POST", channelPath() + "/messages", body).path("id").asString();
    assertThat(valid("POST", channelPath() + "/messages", body).path("id").asString())
        .isEqualTo(first);

    long thread = addChannel(Channels.PUBLIC_THREAD, "a thread");
    ObjectNode threadJson = guild.channels().get(thread).orElseThrow();
    threadJson.put("parent_id", id(discord.channelId()));
    guild.channels().put(thread, threadJson);
    JsonNode inThread =
        valid("POST", "/channels/" + id(thread) + "/messages", "{\"content\":\"t\"}");
    assertThat(inThread.path("channel_id").asString()).isEqualTo(id(thread));
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    // In a thread it takes SEND_MESSAGES_IN_THREADS.
    assertError("POST", "/channels/" + id(thread) + "/messages", "{\"content\":\"t\"}", 403, 50013);
  }
}
