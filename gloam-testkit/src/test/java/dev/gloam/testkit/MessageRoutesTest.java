package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.RestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Get, list, edit, delete, bulk delete and crosspost of messages, with events and refusals. */
class MessageRoutesTest extends MessageFamilyTestBase {

  @Test
  void listingPagesNewestFirstAroundBeforeAndAfter() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ids.add(botSays("m" + i).path("id").asString());
    }
    JsonNode all = valid("GET", channelPath() + "/messages", null);
    assertThat(all.size()).isEqualTo(7);
    assertThat(all.get(0).path("content").asString()).isEqualTo("m6");
    assertThat(all.get(6).path("content").asString()).isEqualTo("m0");

    JsonNode before =
        valid("GET", channelPath() + "/messages?before=" + ids.get(3) + "&limit=2", null);
    assertThat(contents(before)).containsExactly("m2", "m1");
    JsonNode after =
        valid("GET", channelPath() + "/messages?after=" + ids.get(3) + "&limit=2", null);
    assertThat(contents(after)).containsExactly("m5", "m4");
    JsonNode around =
        valid("GET", channelPath() + "/messages?around=" + ids.get(3) + "&limit=3", null);
    assertThat(contents(around)).containsExactly("m4", "m3", "m2");

    JsonNode one = valid("GET", channelPath() + "/messages/" + ids.get(2), null);
    assertThat(one.path("content").asString()).isEqualTo("m2");
    assertThat(one.path("pinned").asBoolean()).isFalse();
    assertError("GET", channelPath() + "/messages/1234", null, 404, 10008);
    assertError("GET", "/channels/1234/messages", null, 404, 10003);
  }

  @Test
  void messagesWorkInAnyChannelAndReadsNeedHistory() {
    long other = addChannel(Channels.GUILD_TEXT, "other");
    JsonNode sent =
        valid("POST", "/channels/" + id(other) + "/messages", "{\"content\":\"there\"}");
    assertThat(sent.path("channel_id").asString()).isEqualTo(id(other));
    JsonNode channel = RestClient.json(bot.get("/channels/" + id(other)));
    assertThat(channel.path("last_message_id").asString()).isEqualTo(sent.path("id").asString());
    assertThat(valid("GET", "/channels/" + id(other) + "/messages", null).size()).isEqualTo(1);
    assertThat(valid("GET", channelPath() + "/messages", null).size()).isZero();

    long category = addChannel(Channels.GUILD_CATEGORY, "category");
    assertError(
        "POST", "/channels/" + id(category) + "/messages", "{\"content\":\"x\"}", 400, 50008);

    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    // Without READ_MESSAGE_HISTORY the list is empty and single reads are refused.
    assertThat(valid("GET", "/channels/" + id(other) + "/messages", null).size()).isZero();
    assertError(
        "GET",
        "/channels/" + id(other) + "/messages/" + sent.path("id").asString(),
        null,
        403,
        50013);
    botMayOnly(Permissions.VIEW_CHANNEL);
    assertError("POST", channelPath() + "/messages", "{\"content\":\"x\"}", 403, 50013);
    botMayOnly(0);
    assertError("POST", channelPath() + "/messages", "{\"content\":\"x\"}", 403, 50001);
  }

  @Test
  void editingRebuildsTheMessageAndSendsMessageUpdateWithoutContentToThoseWithoutTheIntent() {
    long humanMessage = discord.humanSays(discord.channelId(), "from the human");
    String botMessage = botSays("first").path("id").asString();
    try (GatewayClient withContent = gateway(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
        GatewayClient without = gateway(GUILDS | GUILD_MESSAGES)) {
      discord.awaitSessions(2, GatewayClient.WAIT);
      String human = "<@" + id(discord.humanUserId()) + ">";
      JsonNode edited =
          valid(
              "PATCH",
              channelPath() + "/messages/" + botMessage,
              "{\"content\":\"hi " + human + "\",\"embeds\":[{\"title\":\"t\"}]}");
      assertThat(edited.path("content").asString()).isEqualTo("hi " + human);
      assertThat(edited.path("edited_timestamp").isString()).isTrue();
      assertThat(edited.path("mentions").get(0).path("id").asString())
          .isEqualTo(id(discord.humanUserId()));
      assertThat(edited.path("embeds").get(0).path("type").asString()).isEqualTo("rich");

      JsonNode full = withContent.nextDispatch("MESSAGE_UPDATE").path("d");
      assertThat(full.path("content").asString()).isEqualTo("hi " + human);
      assertThat(full.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
      assertThat(full.path("tts").asBoolean()).isFalse();
      // The bot's own message is visible to it even without MESSAGE_CONTENT.
      assertThat(without.nextDispatch("MESSAGE_UPDATE").path("d").path("content").asString())
          .isEqualTo("hi " + human);

      String humanPath = channelPath() + "/messages/" + id(humanMessage);
      assertError("PATCH", humanPath, "{\"content\":\"mine now\"}", 403, 50005);
      JsonNode suppressed = valid("PATCH", humanPath, "{\"flags\":4}");
      assertThat(suppressed.path("flags").asInt()).isEqualTo(4);
      assertThat(suppressed.path("content").asString()).isEqualTo("from the human");
      assertThat(withContent.nextDispatch("MESSAGE_UPDATE").path("d").path("content").asString())
          .isEqualTo("from the human");
      assertThat(without.nextDispatch("MESSAGE_UPDATE").path("d").path("content").asString())
          .isEmpty();
    }
    assertThat(
            valid("GET", channelPath() + "/messages/" + botMessage, null)
                .path("content")
                .asString())
        .startsWith("hi ");
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    assertError(
        "PATCH", channelPath() + "/messages/" + id(humanMessage), "{\"flags\":0}", 403, 50013);
  }

  @Test
  void deletingOwnAndOthersMessagesSendsEventsAndLogsOthers() {
    String own = botSays("own").path("id").asString();
    long human = discord.humanSays(discord.channelId(), "human");
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES)) {
      assertNoContent("DELETE", channelPath() + "/messages/" + own, null);
      JsonNode event = client.nextDispatch("MESSAGE_DELETE").path("d");
      assertThat(event.path("id").asString()).isEqualTo(own);
      assertThat(event.path("channel_id").asString()).isEqualTo(id(discord.channelId()));
      assertThat(event.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
      assertError("GET", channelPath() + "/messages/" + own, null, 404, 10008);
      assertError("DELETE", channelPath() + "/messages/" + own, null, 404, 10008);

      bot.send("DELETE", channelPath() + "/messages/" + id(human), null);
      assertThat(client.nextDispatch("MESSAGE_DELETE").path("d").path("id").asString())
          .isEqualTo(id(human));
    }
    assertThat(discord.world().guild().auditLog().all())
        .anySatisfy(
            entry -> {
              assertThat(entry.path("action_type").asInt()).isEqualTo(72);
              assertThat(entry.path("target_id").asString()).isEqualTo(id(discord.humanUserId()));
              assertThat(entry.path("options").path("count").asString()).isEqualTo("1");
            });
    long another = discord.humanSays(discord.channelId(), "another");
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY);
    assertError("DELETE", channelPath() + "/messages/" + id(another), null, 403, 50013);
  }

  @Test
  void bulkDeleteRemovesMessagesAndRefusesOldOnes() {
    String a = botSays("a").path("id").asString();
    String b = botSays("b").path("id").asString();
    String kept = botSays("c").path("id").asString();
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES)) {
      assertNoContent(
          "POST",
          channelPath() + "/messages/bulk-delete",
          "{\"messages\":[\""
              + a
              + "\",\""
              + b
              + "\",\""
              + id(snowflakeAt(Instant.now()))
              + "\"]}");
      JsonNode event = client.nextDispatch("MESSAGE_DELETE_BULK").path("d");
      assertThat(event.path("ids").toString()).contains(a, b);
      assertThat(event.path("ids").size()).isEqualTo(2);
    }
    assertThat(contents(valid("GET", channelPath() + "/messages", null))).containsExactly("c");
    long old = snowflakeAt(Instant.now().minus(Duration.ofDays(15)));
    assertError(
        "POST",
        channelPath() + "/messages/bulk-delete",
        "{\"messages\":[\"" + kept + "\",\"" + id(old) + "\"]}",
        400,
        50034);
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    assertError(
        "POST",
        channelPath() + "/messages/bulk-delete",
        "{\"messages\":[\"1\",\"2\"]}",
        403,
        50013);
  }

  @Test
  void crosspostingNeedsAnAnnouncementChannel() {
    String plain = botSays("plain").path("id").asString();
    assertError("POST", channelPath() + "/messages/" + plain + "/crosspost", null, 400, 50024);
    long news = addChannel(Channels.GUILD_ANNOUNCEMENT, "news");
    String path = "/channels/" + id(news) + "/messages";
    String message = valid("POST", path, "{\"content\":\"news\"}").path("id").asString();
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES)) {
      JsonNode posted = valid("POST", path + "/" + message + "/crosspost", null);
      assertThat(posted.path("flags").asInt() & 1).isEqualTo(1);
      assertThat(client.nextDispatch("MESSAGE_UPDATE").path("d").path("flags").asInt() & 1)
          .isEqualTo(1);
    }
    assertError("POST", path + "/" + message + "/crosspost", null, 400, 40033);
  }

  static List<String> contents(JsonNode messages) {
    List<String> contents = new ArrayList<>();
    messages.forEach(message -> contents.add(message.path("content").asString()));
    return contents;
  }

  static long snowflakeAt(Instant instant) {
    return (instant.toEpochMilli() - 1420070400000L) << 22;
  }
}
