package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.support.GatewayClient;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pins (both route forms) and polls (create, human votes, voters, end). */
class PinAndPollRoutesTest extends MessageFamilyTestBase {

  @Test
  void pinningShowsInBothListsAndSendsEvents() {
    long message = discord.humanSays(discord.channelId(), "pin me");
    String newPin = channelPath() + "/messages/pins/" + id(message);
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES)) {
      assertNoContent("PUT", newPin, null);
      JsonNode update = client.nextDispatch("MESSAGE_UPDATE").path("d");
      assertThat(update.path("pinned").asBoolean()).isTrue();
      JsonNode pins = client.nextDispatch("CHANNEL_PINS_UPDATE").path("d");
      assertThat(pins.path("channel_id").asString()).isEqualTo(id(discord.channelId()));
      assertThat(pins.path("last_pin_timestamp").isString()).isTrue();
      JsonNode system = client.nextDispatch("MESSAGE_CREATE").path("d");
      assertThat(system.path("type").asInt()).isEqualTo(6);
      assertThat(system.path("message_reference").path("message_id").asString())
          .isEqualTo(id(message));

      JsonNode list = valid("GET", channelPath() + "/messages/pins", null);
      assertThat(list.path("has_more").asBoolean()).isFalse();
      assertThat(list.path("items").get(0).path("message").path("id").asString())
          .isEqualTo(id(message));
      assertThat(list.path("items").get(0).path("pinned_at").isString()).isTrue();
      JsonNode old = valid("GET", channelPath() + "/pins", null);
      assertThat(old.get(0).path("pinned").asBoolean()).isTrue();
      assertThat(
              valid("GET", channelPath() + "/messages/" + id(message), null)
                  .path("pinned")
                  .asBoolean())
          .isTrue();

      assertNoContent("DELETE", channelPath() + "/pins/" + id(message), null);
      assertThat(client.nextDispatch("MESSAGE_UPDATE").path("d").path("pinned").asBoolean())
          .isFalse();
      assertThat(
              client
                  .nextDispatch("CHANNEL_PINS_UPDATE")
                  .path("d")
                  .path("last_pin_timestamp")
                  .isNull())
          .isTrue();
    }
    assertThat(valid("GET", channelPath() + "/messages/pins", null).path("items").size()).isZero();
    assertThat(discord.world().guild().auditLog().all())
        .extracting(entry -> entry.path("action_type").asInt())
        .contains(74, 75);
    assertError("PUT", channelPath() + "/messages/pins/1", null, 404, 10008);
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    assertError("PUT", newPin, null, 403, 50013);
  }

  @Test
  void aChannelHoldsAtMost250Pins() {
    long channelId = discord.channelId();
    for (int i = 0; i < 250; i++) {
      long id = discord.humanSays(channelId, "pinned " + i);
      StoredMessage stored = discord.world().messages().find(channelId, id).orElseThrow();
      discord
          .world()
          .messages()
          .replace(stored.withExtras(stored.extras().withPinnedAt(Instant.now())));
    }
    long one = discord.humanSays(channelId, "one too many");
    assertError("PUT", channelPath() + "/messages/pins/" + id(one), null, 400, 30003);
    JsonNode page = valid("GET", channelPath() + "/messages/pins?limit=50", null);
    assertThat(page.path("items").size()).isEqualTo(50);
    assertThat(page.path("has_more").asBoolean()).isTrue();
  }

  @Test
  void pollsCountHumanVotesAndEndWithFinalResults() {
    String poll =
        "{\"poll\":{\"question\":{\"text\":\"Tea or coffee?\"},\"answers\":["
            + "{\"poll_media\":{\"text\":\"Tea\"}},{\"poll_media\":{\"text\":\"Coffee\",\"emoji\":{\"name\":\"☕\"}}}],"
            + "\"duration\":2}}";
    JsonNode created = valid("POST", channelPath() + "/messages", poll);
    long message = Long.parseLong(created.path("id").asString());
    JsonNode answers = created.path("poll").path("answers");
    assertThat(answers.get(0).path("answer_id").asInt()).isEqualTo(1);
    assertThat(answers.get(1).path("poll_media").path("emoji").path("name").asString())
        .isEqualTo("☕");
    assertThat(created.path("poll").path("expiry").isString()).isTrue();
    assertThat(created.path("poll").path("results").path("is_finalized").asBoolean()).isFalse();

    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_POLLS)) {
      discord.humanVotes(discord.channelId(), message, 2);
      JsonNode vote = client.nextDispatch("MESSAGE_POLL_VOTE_ADD").path("d");
      assertThat(vote.path("answer_id").asInt()).isEqualTo(2);
      assertThat(vote.path("user_id").asString()).isEqualTo(id(discord.humanUserId()));
      // Changing the vote of a single-answer poll takes the old one back first.
      discord.humanVotes(discord.channelId(), message, 1);
      assertThat(
              client.nextDispatch("MESSAGE_POLL_VOTE_REMOVE").path("d").path("answer_id").asInt())
          .isEqualTo(2);
      assertThat(client.nextDispatch("MESSAGE_POLL_VOTE_ADD").path("d").path("answer_id").asInt())
          .isEqualTo(1);

      String voters =
          channelPath().replace("/channels/", "/channels/") + "/polls/" + id(message) + "/answers/";
      assertThat(valid("GET", voters + "1", null).path("users").get(0).path("id").asString())
          .isEqualTo(id(discord.humanUserId()));
      assertThat(valid("GET", voters + "2", null).path("users").size()).isZero();
      JsonNode counts =
          valid("GET", channelPath() + "/messages/" + id(message), null)
              .path("poll")
              .path("results")
              .path("answer_counts");
      assertThat(counts.get(0).path("count").asInt()).isEqualTo(1);
      assertThat(counts.get(1).path("count").asInt()).isZero();

      JsonNode ended = valid("POST", channelPath() + "/polls/" + id(message) + "/expire", null);
      assertThat(ended.path("poll").path("results").path("is_finalized").asBoolean()).isTrue();
      assertThat(
              client
                  .nextDispatch("MESSAGE_UPDATE")
                  .path("d")
                  .path("poll")
                  .path("results")
                  .path("is_finalized")
                  .asBoolean())
          .isTrue();
    }
    assertError("POST", channelPath() + "/polls/" + id(message) + "/expire", null, 400, 520001);
    assertThatThrownBy(() -> discord.humanVotes(discord.channelId(), message, 2))
        .isInstanceOf(TestkitException.class);
    long text = discord.humanSays(discord.channelId(), "no poll");
    assertError("POST", channelPath() + "/polls/" + id(text) + "/expire", null, 400, 520006);
    assertError("GET", channelPath() + "/polls/" + id(text) + "/answers/1", null, 404, 10008);
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    assertError("POST", channelPath() + "/messages", poll, 403, 50013);
  }
}
